package org.collabrisk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Imported screening lists: metadata, entries (with their fingerprints) and the raw file bytes, so a list can be
 * re-imported exactly as it was. Imports are never updated; a newer file is a new row.
 */
public final class JdbcListStore {

    /** Inserts the list's metadata and raw bytes; returns the new list id. */
    public long insertList(Connection c, String name, String source, LocalDate asOf, int rows, String sha256,
                           String fileName, Instant importedAt, String importedBy, byte[] raw) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening_lists (name, source, as_of, row_count, "
                + "sha256, file_name, imported_at, imported_by, raw_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, source);
            if (asOf == null) {
                ps.setNull(3, Types.DATE);
            } else {
                ps.setObject(3, asOf);
            }
            ps.setInt(4, rows);
            ps.setString(5, sha256);
            ps.setString(6, fileName);
            Sql.setInstant(ps, 7, importedAt);
            ps.setString(8, importedBy);
            ps.setBytes(9, raw);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts entries in batches of 500. */
    public void insertEntries(Connection c, long listId, List<StoredEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_entries (list_id, ordinal, list_code, "
                + "entry_id, name, fingerprint, entry_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (StoredEntry e : entries) {
                ps.setLong(1, listId);
                ps.setInt(2, ordinal++);
                ps.setString(3, e.listCode());
                ps.setString(4, e.entryId());
                ps.setString(5, e.name().length() > 2000 ? e.name().substring(0, 2000) : e.name());
                ps.setString(6, e.fingerprint());
                ps.setString(7, e.entryJson());
                ps.addBatch();
                if (ordinal % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    public Optional<StoredList> findBySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE sha256 = ? ORDER BY id LIMIT 1")) {
            ps.setString(1, sha256);
            List<StoredList> found = read(c, ps);
            return found.stream().findFirst();
        }
    }

    public Optional<StoredList> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            return read(c, ps).stream().findFirst();
        }
    }

    /** Every import, oldest first. */
    public List<StoredList> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id")) {
            return read(c, ps);
        }
    }

    /**
     * For each list code, the id of the newest import that holds entries of that code: the lists in force. A newer
     * file of the Consolidated Screening List replaces every list it contains; an OFAC SDN file replaces SDN only.
     */
    public Map<String, Long> activeListIds(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT list_code, MAX(list_id) FROM list_entries GROUP BY list_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** The newest import before {@code listId} that holds entries of {@code listCode}, if any. */
    public Optional<Long> previousImportOf(Connection c, String listCode, long listId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(list_id) FROM list_entries WHERE list_code = ? AND list_id < ?")) {
            ps.setString(1, listCode);
            ps.setLong(2, listId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /** Entries of one import, optionally of one list code only, in file order. */
    public List<StoredEntry> entries(Connection c, long listId, String listCode) throws SQLException {
        String sql = "SELECT list_id, list_code, entry_id, name, fingerprint, entry_json FROM list_entries "
                + "WHERE list_id = ?" + (listCode == null ? "" : " AND list_code = ?") + " ORDER BY ordinal";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, listId);
            if (listCode != null) {
                ps.setString(2, listCode);
            }
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
                return out;
            }
        }
    }

    /** The file exactly as it was imported. */
    public Optional<byte[]> rawBytes(Connection c, long listId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT raw_bytes FROM screening_lists WHERE id = ?")) {
            ps.setLong(1, listId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static final String SELECT = "SELECT id, name, source, as_of, row_count, sha256, file_name, imported_at, "
            + "imported_by FROM screening_lists";

    private static List<StoredList> read(Connection c, PreparedStatement ps) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[]{rs.getLong("id"), rs.getString("name"), rs.getString("source"),
                        rs.getObject("as_of", LocalDate.class), rs.getInt("row_count"), rs.getString("sha256"),
                        rs.getString("file_name"), Sql.getInstant(rs, "imported_at"), rs.getString("imported_by")});
            }
        }
        List<StoredList> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new StoredList((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (Integer) r[4],
                    (String) r[5], (String) r[6], (Instant) r[7], (String) r[8], countsByCode(c, (Long) r[0])));
        }
        return out;
    }

    private static Map<String, Integer> countsByCode(Connection c, long listId) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT list_code, COUNT(*) FROM list_entries WHERE list_id = ? "
                + "GROUP BY list_code ORDER BY list_code")) {
            ps.setLong(1, listId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }
}
