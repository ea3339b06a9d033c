package org.collabrisk.screening;

import org.collabrisk.domain.ListEntry;

/**
 * A reviewer's disposition of one name/entry pair (issue 3, item 4): {@code query} is the screened text as
 * normalised by {@link NameNormalizer#key}, {@code entryFingerprint} the {@link EntryFingerprint} of the entry when
 * the reviewer decided. The matcher does not raise the pair again while the entry's fingerprint is unchanged; when
 * the list changes the entry, the hit comes back for a new look. Pass false-positive dispositions here; confirmed
 * hits are real and should keep flowing to the evaluator.
 */
public record Suppression(String query, String listCode, String entryId, String entryFingerprint) {

    /** The suppression for screened text {@code rawQuery} (any spelling; it is normalised) and an entry as listed now. */
    public static Suppression of(String rawQuery, ListEntry entry) {
        return new Suppression(NameNormalizer.shared().key(rawQuery), entry.list(), entry.id(), EntryFingerprint.of(entry));
    }

    /** The suppression a reviewer's decision on this hit creates. */
    public static Suppression of(NameMatch match) {
        return of(match.query(), match.entry());
    }
}
