package org.collabrisk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Dispositions of screening hits. Insert only: a new disposition of the same hit supersedes the older one. */
public final class JdbcDispositionStore {

    public long insert(Connection c, Disposition d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispositions (case_id, person_id, field, "
                + "screened_text, list_code, entry_id, entry_fingerprint, verdict, reason, decided_by, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.caseId());
            ps.setString(2, d.personId());
            ps.setString(3, d.field());
            ps.setString(4, d.screenedText());
            ps.setString(5, d.listCode());
            ps.setString(6, d.entryId());
            ps.setString(7, d.entryFingerprint());
            ps.setString(8, d.verdict().name());
            ps.setString(9, d.reason());
            ps.setString(10, d.decidedBy());
            Sql.setInstant(ps, 11, d.decidedAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The dispositions of a case, oldest first. */
    public List<Disposition> forCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, person_id, field, screened_text, "
                + "list_code, entry_id, entry_fingerprint, verdict, reason, decided_by, decided_at FROM dispositions "
                + "WHERE case_id = ? ORDER BY id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Disposition> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Disposition(rs.getLong("id"), rs.getString("case_id"), rs.getString("person_id"),
                            rs.getString("field"), rs.getString("screened_text"), rs.getString("list_code"),
                            rs.getString("entry_id"), rs.getString("entry_fingerprint"),
                            Disposition.Verdict.valueOf(rs.getString("verdict")), rs.getString("reason"),
                            rs.getString("decided_by"), Sql.getInstant(rs, "decided_at")));
                }
                return out;
            }
        }
    }
}
