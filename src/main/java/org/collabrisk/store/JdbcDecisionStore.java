package org.collabrisk.store;

import org.collabrisk.domain.CaseStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Reviewer decisions (lifecycle transitions with notes). Rows are only ever inserted. */
public final class JdbcDecisionStore {

    /** Inserts the decision and returns its generated id. */
    public long insert(Connection c, Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (case_id, case_revision, from_status, "
                + "to_status, note, decided_by, decided_at, assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.caseId());
            ps.setInt(2, d.caseRevision());
            ps.setString(3, d.from().name());
            ps.setString(4, d.to().name());
            ps.setString(5, d.note());
            ps.setString(6, d.decidedBy());
            Sql.setInstant(ps, 7, d.decidedAt());
            if (d.assessmentId() == null) {
                ps.setNull(8, Types.BIGINT);
            } else {
                ps.setLong(8, d.assessmentId());
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The decisions on a case, oldest first. */
    public List<Decision> forCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, case_revision, from_status, to_status, "
                + "note, decided_by, decided_at, assessment_id FROM decisions WHERE case_id = ? ORDER BY id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Decision> out = new ArrayList<>();
                while (rs.next()) {
                    long assessment = rs.getLong("assessment_id");
                    Long assessmentId = rs.wasNull() ? null : assessment;
                    out.add(new Decision(rs.getLong("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                            CaseStatus.valueOf(rs.getString("from_status")),
                            CaseStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
                            rs.getString("decided_by"), Sql.getInstant(rs, "decided_at"), assessmentId));
                }
                return out;
            }
        }
    }
}
