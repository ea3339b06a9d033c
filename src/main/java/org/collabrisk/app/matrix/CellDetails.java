package org.collabrisk.app.matrix;

import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Reason;
import org.collabrisk.domain.ScreeningHit;

import java.util.List;

/**
 * What the detail pane shows for a selected cell: the decision trail (reasons in order, each with its citation),
 * the screening hits behind it (with the alias that matched) and the remediation.
 */
public record CellDetails(String heading, Outcome outcome, String destination, String classification,
                          List<Reason> reasons, List<ScreeningHit> hits, List<String> remediation) {

    public CellDetails {
        reasons = List.copyOf(reasons);
        hits = List.copyOf(hits);
        remediation = List.copyOf(remediation);
    }

    /** The reasons as numbered lines "1. text (citation)". */
    public List<String> reasonLines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            Reason r = reasons.get(i);
            out.add((i + 1) + ". " + r.text() + (r.citation() == null || r.citation().isBlank() ? "" : " (" + r.citation() + ")"));
        }
        return out;
    }

    /** "EL: Harbin Institute of Technology, matched 'HIT' (score 0.97, MATCH)". */
    public static String describe(ScreeningHit h) {
        return h.list() + ": " + h.entryName() + ", matched '" + h.matchedName() + "' on " + h.field()
                + String.format(java.util.Locale.ROOT, " (score %.2f, %s)", h.score(), h.band())
                + (h.licenseRequirement() == null || h.licenseRequirement().isBlank() ? ""
                : "; licence requirement: " + h.licenseRequirement());
    }
}
