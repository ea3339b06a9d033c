package org.collabrisk.store;

import java.time.Instant;

/**
 * A conference batch run as kept for audit: the input file and its SHA-256, the policy and threshold, counts, the
 * list versions (JSON array) and the whole result (JSON, the batch's own format).
 */
public record StoredBatchRun(String runId, Instant startedAt, Instant savedAt, String savedBy, String inputFile,
                             String inputSha256, String policy, double threshold, int papers, int rowsUsed,
                             int flaggedPapers, String listsJson, String resultJson) {
}
