package org.collabrisk.store;

import org.collabrisk.domain.ListVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An imported screening list file: its version (name, source, as-of date, rows, SHA-256 of the file), when and by
 * whom it was imported, and how many entries of each list code (EL, SDN, ...) it holds.
 */
public record StoredList(long id, String name, String source, LocalDate asOf, int rows, String sha256,
                         String fileName, Instant importedAt, String importedBy, Map<String, Integer> entriesByList) {

    public ListVersion version() {
        return new ListVersion(name, source, asOf, rows, sha256);
    }
}
