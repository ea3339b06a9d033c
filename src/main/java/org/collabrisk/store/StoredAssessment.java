package org.collabrisk.store;

import org.collabrisk.domain.Outcome;

import java.time.Instant;

/**
 * A stored assessment of one case revision: the rule set id and version, the overall outcome, the screening lists
 * used (JSON array of name, as-of, rows, SHA-256) and the full assessment JSON.
 */
public record StoredAssessment(long id, String caseId, int caseRevision, String ruleSetId, String ruleSetVersion,
                               Outcome overall, Instant assessedAt, String listsJson, String assessmentJson) {
}
