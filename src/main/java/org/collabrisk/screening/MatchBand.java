package org.collabrisk.screening;

/**
 * How strong a hit is (docs/screening.md "Thresholds and bands"): {@code MATCH} at or above
 * {@link ScreeningIndex#MATCH_THRESHOLD}, {@code REVIEW} from {@link ScreeningIndex#REVIEW_THRESHOLD}, otherwise
 * {@code BELOW} (only returned when a caller asks for a lower threshold).
 */
public enum MatchBand {
    MATCH, REVIEW, BELOW;

    public static MatchBand of(double score) {
        if (score >= ScreeningIndex.MATCH_THRESHOLD) {
            return MATCH;
        }
        return score >= ScreeningIndex.REVIEW_THRESHOLD ? REVIEW : BELOW;
    }
}
