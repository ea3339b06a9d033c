package org.collabrisk.service;

import org.collabrisk.domain.ListEntry;

import java.util.List;

/**
 * What a newly imported list changed for one list code (EL, SDN, ...) compared with the import it replaces
 * ({@code previousListId}, null when the code is new): entries added, removed, and changed (same id, different
 * fingerprint), diffed by entry id and fingerprint.
 */
public record ListDiff(String listCode, Long previousListId, List<ListEntry> added, List<ListEntry> removed,
                       List<EntryChange> changed) {

    public record EntryChange(ListEntry before, ListEntry after) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public String summary() {
        return listCode + ": " + added.size() + " added, " + changed.size() + " changed, " + removed.size()
                + " removed" + (previousListId == null ? " (first import of this list)" : " (since list #"
                + previousListId + ")");
    }
}
