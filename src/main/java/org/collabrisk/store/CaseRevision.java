package org.collabrisk.store;

import java.time.Instant;

/** One immutable saved version of a case: its number, when and by whom, the SHA-256 and the case JSON. */
public record CaseRevision(String caseId, int revision, Instant savedAt, String savedBy, String sha256,
                           String caseJson) {
}
