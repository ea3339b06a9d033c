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
        long expectedSeq = 1;
        String prevHash = GENESIS_HASH;
        long checked = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash, "
                + "hash FROM audit_log ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = entry(rs);
                    if (e.seq() != expectedSeq) {
                        return AuditVerification.broken(checked, expectedSeq, e.seq() > expectedSeq
                                ? "audit entry " + expectedSeq + " was removed (the next entry present is "
                                + e.seq() + ")"
                                : "audit entry " + e.seq() + " is out of sequence (expected " + expectedSeq + ")");
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
        String head = Database.metaValue(c, HEAD_KEY);
        if (head == null) {
            return AuditVerification.broken(checked, expectedSeq, "the audit log head record is missing");
        }
        String[] parts = head.split(" ");
        long headSeq = Long.parseLong(parts[0]);
        if (headSeq != checked || !parts[1].equals(prevHash)) {
            return AuditVerification.broken(checked, Math.min(headSeq, checked + 1), headSeq > checked
                    ? "audit entries " + (checked + 1) + " to " + headSeq + " were removed from the end of the log"
                    : "the audit log head (entry " + headSeq + ") does not match the last entry " + checked);
        }
        return AuditVerification.valid(checked);
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
