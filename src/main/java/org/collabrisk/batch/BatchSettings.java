package org.collabrisk.batch;

/**
 * The settings of a batch run: which list hits count ({@link ScreeningPolicy}), the score threshold passed to the
 * matcher, and how many threads screen the distinct names.
 */
public record BatchSettings(ScreeningPolicy policy, double threshold, int threads) {
    /** Default score threshold when the user gives none: where the screening engine's REVIEW band starts. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    public BatchSettings {
        if (policy == null) {
            throw new IllegalArgumentException("policy is required");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new org.collabrisk.domain.InvalidInputException("--threshold: " + threshold
                    + " is not a score between 0 (exclusive) and 1");
        }
        threads = Math.max(1, threads);
    }

    public static BatchSettings defaults(ScreeningPolicy policy) {
        return new BatchSettings(policy, DEFAULT_THRESHOLD, Runtime.getRuntime().availableProcessors());
    }
}
