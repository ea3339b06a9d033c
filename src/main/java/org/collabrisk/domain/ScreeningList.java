package org.collabrisk.domain;

import java.util.List;

/** A screening list file as imported: its version (source, as-of date, rows, SHA-256) and its entries. */
public record ScreeningList(ListVersion version, List<ListEntry> entries) {
    public ScreeningList {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
