package org.collabrisk.app.matrix;

import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Release;

/**
 * One cell of the disclosure matrix: artifact × person. {@code release} is null when the artifact is not shared
 * with that person (then {@code outcome} is null too).
 */
public record MatrixCell(String artifactId, String personId, Release release) {

    public Outcome outcome() {
        return release == null ? null : release.outcome();
    }

    public boolean shared() {
        return release != null;
    }

    /** The short label shown in the cell ("Licence", "Not subject", "—" when not shared). */
    public String label() {
        return release == null ? "not shared" : release.outcome().shortLabel();
    }

    /** CSS style class: outcome-license-required etc. */
    public String styleClass() {
        return styleClassOf(outcome());
    }

    public static String styleClassOf(Outcome o) {
        return o == null ? "outcome-none" : "outcome-" + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
