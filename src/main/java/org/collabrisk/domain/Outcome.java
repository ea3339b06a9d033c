package org.collabrisk.domain;

import java.util.Collection;

/** Outcomes of a release, from least to most severe (product design, "Outcomes"). */
public enum Outcome {
    NOT_SUBJECT("Not subject", "not subject to the EAR for this release"),
    NO_LICENSE_REQUIRED("No licence", "subject to the EAR, no licence required"),
    REVIEW("Review", "the tool cannot decide: a question must be answered"),
    LICENSE_REQUIRED("Licence", "a licence is required"),
    PROHIBITED("Prohibited", "denial policy, denial order or OFAC block: do not release");

    private final String shortLabel;
    private final String meaning;

    Outcome(String shortLabel, String meaning) {
        this.shortLabel = shortLabel;
        this.meaning = meaning;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String meaning() {
        return meaning;
    }

    public boolean isMoreSevereThan(Outcome other) {
        return compareTo(other) > 0;
    }

    public static Outcome max(Outcome a, Outcome b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The most severe of the given outcomes; NOT_SUBJECT for none. */
    public static Outcome mostSevere(Collection<Outcome> outcomes) {
        Outcome worst = NOT_SUBJECT;
        for (Outcome o : outcomes) {
            worst = max(worst, o);
        }
        return worst;
    }
}
