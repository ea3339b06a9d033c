package org.collabrisk.store;

import org.collabrisk.domain.CaseStatus;

import java.time.Instant;

/**
 * A lifecycle transition of a case with the reviewer's note, the revision it applies to and, when the case had been
 * assessed, the assessment it was based on ({@code assessmentId}, null if none).
 */
public record Decision(long id, String caseId, int caseRevision, CaseStatus from, CaseStatus to, String note,
                       String decidedBy, Instant decidedAt, Long assessmentId) {
}
