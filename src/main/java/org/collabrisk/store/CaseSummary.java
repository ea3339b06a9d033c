package org.collabrisk.store;

import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.Outcome;

import java.time.Instant;

/**
 * The listing columns of a stored case (no JSON parsing needed to list). {@code overallOutcome} is null until the
 * case is assessed; {@code decidedAt} is set by the first decision (CLEARED, LICENSE_NEEDED, ESCALATED).
 */
public record CaseSummary(String id, String title, CaseStatus status, Outcome overallOutcome, int peopleCount,
                          int artifactCount, int revision, Instant createdAt, Instant updatedAt, Instant decidedAt,
                          boolean archived) {
}
