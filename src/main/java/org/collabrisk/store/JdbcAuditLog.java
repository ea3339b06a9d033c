package org.collabrisk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only audit log (who did what, when, to which case or list: the records 15 CFR 762.6 asks to keep).
 * Each entry is hashed together with the previous entry's hash (a SHA-256 chain), so altering or removing an entry
 * breaks every hash after it; the chain head is also kept in {@code collabrisk_meta} so removing entries from the
 * end is noticed. There is no update or delete method on purpose.
 */
public final class JdbcAuditLog {

    public static final String GENESIS_HASH = "0".repeat(64);
    private static final String HEAD_KEY = "audit_head";

    /**
     * Appends one entry in the caller's transaction. Locks the chain head row first, so concurrent appenders (the
     * desktop app and the CLI on one database) queue up instead of forking the chain.
     */
    public AuditEntry append(Connection c, String actor, AuditAction action, String subject, String detail)
            throws SQLException {
        String head;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT meta_value FROM collabrisk_meta WHERE meta_key = ? FOR UPDATE")) {
            ps.setString(1, HEAD_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit log head is missing from collabrisk_meta");
                }
                head = rs.getString(1);
            }
        }
        String[] parts = head.split(" ");
        long seq = Long.parseLong(parts[0]) + 1;
        String prevHash = parts[1];
        AuditEntry unsigned = new AuditEntry(seq, Sql.truncate(Instant.now()), clip(actor, 200), action.name(),
                clip(subject, 200), clip(detail, 4000), prevHash, null);
        String hash = hashOf(unsigned);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, subject, "
                + "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            Sql.setInstant(ps, 2, unsigned.at());
            ps.setString(3, unsigned.actor());
            ps.setString(4, unsigned.action());
            ps.setString(5, unsigned.subject());
            ps.setString(6, unsigned.detail());
            ps.setString(7, prevHash);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE collabrisk_meta SET meta_value = ? WHERE meta_key = ?")) {
            ps.setString(1, seq + " " + hash);
            ps.setString(2, HEAD_KEY);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, unsigned.at(), unsigned.actor(), unsigned.action(), unsigned.subject(),
                unsigned.detail(), prevHash, hash);
    }

    /** Entries in order; {@code subject} null for all. */
    public List<AuditEntry> entries(Connection c, String subject) throws SQLException {
        String sql = "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log"
                + (subject == null ? "" : " WHERE subject = ?") + " ORDER BY seq";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (subject != null) {
                ps.setString(1, subject);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<AuditEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(entry(rs));
                }
                return out;
            }
        }
    }

    /**
     * Recomputes the chain from the first entry and names the first entry that was altered (its hash does not match
     * its content), or removed (a gap in the sequence, a broken link, or a chain shorter than its recorded head).
     */
    public AuditVerification verify(Connection c) throws SQLException {
        Chain chain = new Chain();
        AuditVerification broken = chain.continueFrom(c);
        if (broken != null) {
            return broken;
        }
        // Another process may append while this one reads (the app and the CLI share the file): a head ahead of the
        // entries read is first followed to the newly committed entries; only entries that are really missing count.
        for (int attempt = 0; attempt < 5; attempt++) {
            String head = Database.metaValue(c, HEAD_KEY);
            if (head == null) {
                return AuditVerification.broken(chain.checked, chain.expectedSeq, "the audit log head record is missing");
            }
            String[] parts = head.split(" ");
            long headSeq = Long.parseLong(parts[0]);
            if (headSeq == chain.checked) {
                if (!parts[1].equals(chain.prevHash)) {
                    return AuditVerification.broken(chain.checked, headSeq, "the audit log head does not match entry "
                            + headSeq + ": the last entry was altered");
                }
                return AuditVerification.valid(chain.checked);
            }
            if (headSeq < chain.checked) {
                return AuditVerification.broken(chain.checked, headSeq + 1, "the audit log head (entry " + headSeq
                        + ") is behind the last entry " + chain.checked + ": entries after " + headSeq
                        + " were added outside CollabRisk");
            }
            long before = chain.checked;
            broken = chain.continueFrom(c);
            if (broken != null) {
                return broken;
            }
            if (chain.checked == before) {
                return AuditVerification.broken(chain.checked, chain.checked + 1, "audit entries " + (chain.checked + 1)
                        + " to " + headSeq + " were removed from the end of the log");
            }
        }
        return AuditVerification.broken(chain.checked, chain.checked + 1, "the audit log kept growing while it was "
                + "verified; verify again when the database is quiet");
    }

    /** Verification state: the next expected sequence number, the previous hash, entries checked so far. */
    private static final class Chain {
        long expectedSeq = 1;
        String prevHash = GENESIS_HASH;
        long checked = 0;

        /** Verifies the entries after those checked so far; returns the problem, or null when they chain. */
        AuditVerification continueFrom(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash, "
                    + "hash FROM audit_log WHERE seq >= ? ORDER BY seq")) {
                ps.setLong(1, expectedSeq);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = entry(rs);
                        if (e.seq() != expectedSeq) {
                            return AuditVerification.broken(checked, expectedSeq, "audit entry " + expectedSeq
                                    + " was removed (the next entry present is " + e.seq() + ")");
                        }
                        if (!e.prevHash().equals(prevHash)) {
                            return AuditVerification.broken(checked, e.seq(), "audit entry " + e.seq()
                                    + " does not link to the entry before it: entry " + (e.seq() - 1)
                                    + " was altered or removed, or this entry was");
                        }
                        if (!hashOf(e).equals(e.hash())) {
                            return AuditVerification.broken(checked, e.seq(), "audit entry " + e.seq() + " ("
                                    + e.action() + " " + e.subject() + ") was altered: its content no longer matches "
                                    + "its hash");
                        }
                        prevHash = e.hash();
                        expectedSeq++;
                        checked++;
                    }
                }
            }
            if (checked == 0) {
                // entries renumbered or the first ones deleted: seq 1 is missing while others exist
                try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM audit_log");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long min = rs.getLong(1);
                    if (!rs.wasNull() && min > 1) {
                        return AuditVerification.broken(0, 1, "audit entry 1 was removed (the first entry present is "
                                + min + ")");
                    }
                }
            }
            return null;
        }
    }

    /** SHA-256 (hex) over the previous hash and the entry's fields, each on its own line. */
    public static String hashOf(AuditEntry e) {
        String canonical = e.prevHash() + "\n" + e.seq() + "\n" + e.at().toEpochMilli() + "\n" + e.actor() + "\n"
                + e.action() + "\n" + e.subject() + "\n" + e.detail();
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Sql.getInstant(rs, "at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
