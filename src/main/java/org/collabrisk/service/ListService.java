package org.collabrisk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.exchange.Json;
import org.collabrisk.screening.EntryFingerprint;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.JdbcListStore;
import org.collabrisk.store.StoreException;
import org.collabrisk.store.StoredEntry;
import org.collabrisk.store.StoredList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Importing screening lists into the database and reading the lists in force. For each list code (EL, SDN, ...) the
 * newest import holding that code is in force. Thread-safe.
 */
public final class ListService {

    private final Database db;
    private final String actor;
    private final JdbcListStore lists = new JdbcListStore();
    private final JdbcAuditLog audit = new JdbcAuditLog();

    public ListService(Database db, String actor) {
        this.db = db;
        this.actor = actor;
    }

    /** The outcome of an import: the stored list, whether the same file was already there, and what changed. */
    public record ImportResult(StoredList list, boolean alreadyImported, List<ListDiff> changes) {
        public boolean changedAnything() {
            return changes.stream().anyMatch(d -> !d.isEmpty());
        }
    }

    /**
     * Reads a list file (any format {@link ListImporters} knows) and stores it with its entries and raw bytes, in
     * one transaction with its audit entry. A file already imported (same SHA-256) is not stored twice.
     */
    public ImportResult importFile(Path file) {
        ScreeningList parsed = ListImporters.importFile(file);
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return store(parsed, raw, file.getFileName().toString());
    }

    /** Stores an already parsed list with the bytes it was read from. */
    public ImportResult store(ScreeningList parsed, byte[] raw, String fileName) {
        List<StoredEntry> entries = new ArrayList<>(parsed.entries().size());
        Map<String, List<Fingerprinted>> byCode = new LinkedHashMap<>();
        for (ListEntry e : parsed.entries()) {
            StoredEntry s = new StoredEntry(0, e.list(), e.id() == null ? "" : e.id(),
                    e.name() == null ? "" : e.name(), EntryFingerprint.of(e), toJson(e));
            entries.add(s);
            byCode.computeIfAbsent(e.list(), k -> new ArrayList<>()).add(new Fingerprinted(e, s));
        }
        return db.inTransaction(c -> {
            Optional<StoredList> existing = lists.findBySha256(c, parsed.version().sha256());
            if (existing.isPresent()) {
                return new ImportResult(existing.get(), true, List.of());
            }
            var v = parsed.version();
            long id = lists.insertList(c, v.name(), v.source(), v.asOf(), v.rows(), v.sha256(), fileName,
                    Instant.now(), actor, raw);
            lists.insertEntries(c, id, entries);
            StoredList stored = lists.find(c, id).orElseThrow();
            List<ListDiff> diffs = diff(c, id, byCode);
            StringBuilder detail = new StringBuilder("list #" + id + " " + v.name() + ", as of " + v.asOf() + ", "
                    + v.rows() + " rows, sha256 " + v.sha256());
            for (ListDiff d : diffs) {
                detail.append("; ").append(d.summary());
            }
            audit.append(c, actor, AuditAction.LIST_IMPORTED, "list:" + id, detail.toString());
            return new ImportResult(stored, false, diffs);
        });
    }

    /** Every import, oldest first. */
    public List<StoredList> all() {
        return db.read(lists::all);
    }

    /** For each list code, the import in force. */
    public Map<String, StoredList> active() {
        return db.read(c -> {
            Map<String, StoredList> out = new LinkedHashMap<>();
            Map<Long, StoredList> cache = new HashMap<>();
            for (Map.Entry<String, Long> e : lists.activeListIds(c).entrySet()) {
                StoredList l = cache.get(e.getValue());
                if (l == null) {
                    l = lists.find(c, e.getValue()).orElseThrow();
                    cache.put(e.getValue(), l);
                }
                out.put(e.getKey(), l);
            }
            return out;
        });
    }

    /** The entries in force (for each list code, those of its newest import), with the imports they come from. */
    public ActiveLists activeEntries() {
        return db.read(c -> {
            Map<String, Long> active = lists.activeListIds(c);
            List<ListEntry> entries = new ArrayList<>();
            Set<Long> ids = new LinkedHashSet<>(active.values());
            for (Map.Entry<String, Long> e : active.entrySet()) {
                for (StoredEntry s : lists.entries(c, e.getValue(), e.getKey())) {
                    entries.add(fromJson(s));
                }
            }
            List<StoredList> used = new ArrayList<>();
            for (long id : ids) {
                used.add(lists.find(c, id).orElseThrow());
            }
            return new ActiveLists(used, entries);
        });
    }

    /** The lists in force and their entries. */
    public record ActiveLists(List<StoredList> lists, List<ListEntry> entries) {
        public List<org.collabrisk.domain.ListVersion> versions() {
            return lists.stream().map(StoredList::version).toList();
        }
    }

    /** The raw bytes of an import, so it can be re-imported exactly. */
    public byte[] rawBytes(long listId) {
        return db.read(c -> lists.rawBytes(c, listId)).orElseThrow(
                () -> new InvalidInputException("list #" + listId + " is not in the database"));
    }

    private record Fingerprinted(ListEntry entry, StoredEntry stored) {
    }

    private List<ListDiff> diff(Connection c, long newId, Map<String, List<Fingerprinted>> newByCode)
            throws SQLException {
        List<ListDiff> out = new ArrayList<>();
        for (Map.Entry<String, List<Fingerprinted>> codeEntries : newByCode.entrySet()) {
            String code = codeEntries.getKey();
            Optional<Long> previous = lists.previousImportOf(c, code, newId);
            List<StoredEntry> before = previous.isPresent() ? lists.entries(c, previous.get(), code) : List.of();
            Map<String, StoredEntry> beforeById = keyed(before);
            Map<String, Fingerprinted> afterById = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Fingerprinted f : codeEntries.getValue()) {
                int n = seen.merge(f.stored().entryId(), 1, Integer::sum);
                afterById.put(n == 1 ? f.stored().entryId() : f.stored().entryId() + "#" + n, f);
            }
            List<ListEntry> added = new ArrayList<>();
            List<ListEntry> removed = new ArrayList<>();
            List<ListDiff.EntryChange> changed = new ArrayList<>();
            for (Map.Entry<String, Fingerprinted> a : afterById.entrySet()) {
                StoredEntry b = beforeById.get(a.getKey());
                if (b == null) {
                    added.add(a.getValue().entry());
                } else if (!b.fingerprint().equals(a.getValue().stored().fingerprint())) {
                    changed.add(new ListDiff.EntryChange(fromJson(b), a.getValue().entry()));
                }
            }
            for (Map.Entry<String, StoredEntry> b : beforeById.entrySet()) {
                if (!afterById.containsKey(b.getKey())) {
                    removed.add(fromJson(b.getValue()));
                }
            }
            out.add(new ListDiff(code, previous.orElse(null), added, removed, changed));
        }
        return out;
    }

    /** Entries by id; a repeated id in one file is told apart by its occurrence number. */
    private static Map<String, StoredEntry> keyed(List<StoredEntry> entries) {
        Map<String, StoredEntry> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (StoredEntry e : entries) {
            int n = seen.merge(e.entryId(), 1, Integer::sum);
            out.put(n == 1 ? e.entryId() : e.entryId() + "#" + n, e);
        }
        return out;
    }

    static String toJson(ListEntry e) {
        try {
            return Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a list entry could not be written as JSON", ex);
        }
    }

    static ListEntry fromJson(StoredEntry s) {
        try {
            return Json.mapper().readValue(s.entryJson(), ListEntry.class);
        } catch (JsonProcessingException ex) {
            throw new StoreException("stored entry " + s.listCode() + " " + s.entryId() + " of list #" + s.listId()
                    + " could not be read: " + ex.getOriginalMessage(), ex);
        }
    }
}
