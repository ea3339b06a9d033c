package org.collabrisk.screening;

/** One aligned pair: a normalised query token, the list alias token it was matched to, and their similarity. */
public record TokenPair(String queryToken, String entryToken, double similarity) {
    @Override
    public String toString() {
        return queryToken.equals(entryToken) ? queryToken : queryToken + "~" + entryToken + String.format(java.util.Locale.ROOT, "(%.2f)", similarity);
    }
}
