package org.collabrisk.store;

/** One stored list entry: which import it belongs to, its list code and id, its fingerprint and its JSON. */
public record StoredEntry(long listId, String listCode, String entryId, String name, String fingerprint,
                          String entryJson) {
}
