package org.collabrisk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in the export-control office's workflow:
 * {@code DRAFT → SUBMITTED → IN_REVIEW → CLEARED | LICENSE_NEEDED | ESCALATED}. A researcher may withdraw a
 * submitted case back to DRAFT; an escalated case is finally CLEARED or LICENSE_NEEDED. CLEARED, LICENSE_NEEDED
 * and ESCALATED are decisions: such a case is kept for five years (15 CFR 762.6) and archived, never deleted.
 */
public enum CaseStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CLEARED, LICENSE_NEEDED, ESCALATED;

    /** The statuses a case in this status may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, DRAFT);
            case IN_REVIEW -> EnumSet.of(CLEARED, LICENSE_NEEDED, ESCALATED);
            case ESCALATED -> EnumSet.of(CLEARED, LICENSE_NEEDED);
            case CLEARED, LICENSE_NEEDED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** A reviewer's decision: the case record falls under the recordkeeping rule (15 CFR 762.6). */
    public boolean isDecision() {
        return this == CLEARED || this == LICENSE_NEEDED || this == ESCALATED;
    }
}
