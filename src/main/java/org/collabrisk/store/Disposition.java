package org.collabrisk.store;

import java.time.Instant;

/**
 * A reviewer's disposition of one screening hit: which person and field ({@code name} or {@code affiliation}),
 * the text that was screened, the list entry and its fingerprint when decided, the verdict, who, when and why.
 */
public record Disposition(long id, String caseId, String personId, String field, String screenedText,
                          String listCode, String entryId, String entryFingerprint, Verdict verdict, String reason,
                          String decidedBy, Instant decidedAt) {

    public enum Verdict {
        /** Not the listed party: the hit is not raised again while the entry and the screened text are unchanged. */
        FALSE_POSITIVE,
        /** The listed party: the hit stays and keeps reaching the evaluator. */
        CONFIRMED_MATCH
    }
}
