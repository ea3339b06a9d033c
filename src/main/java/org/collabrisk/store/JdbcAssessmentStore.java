package org.collabrisk.store;

import org.collabrisk.domain.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every assessment of every case revision (never updated: a reassessment is a new row). */
public final class JdbcAssessmentStore {

    public long insert(Connection c, StoredAssessment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessments (case_id, case_revision, rule_set_id, "
                + "rule_set_version, overall, assessed_at, lists_json, assessment_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.caseId());
            ps.setInt(2, a.caseRevision());
            ps.setString(3, a.ruleSetId());
            ps.setString(4, a.ruleSetVersion());
            ps.setString(5, a.overall().name());
            Sql.setInstant(ps, 6, a.assessedAt());
            ps.setString(7, a.listsJson());
            ps.setString(8, a.assessmentJson());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The assessments of a case, oldest first. */
    public List<StoredAssessment> forCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY id")) {
            ps.setString(1, caseId);
            return read(ps);
        }
    }

    /** The newest assessment of a case, if any. */
    public Optional<StoredAssessment> latest(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, caseId);
            return read(ps).stream().findFirst();
        }
    }

    private static final String SELECT = "SELECT id, case_id, case_revision, rule_set_id, rule_set_version, overall, "
            + "assessed_at, lists_json, assessment_json FROM assessments";

    private static List<StoredAssessment> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<StoredAssessment> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new StoredAssessment(rs.getLong("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                        rs.getString("rule_set_id"), rs.getString("rule_set_version"),
                        Outcome.valueOf(rs.getString("overall")), Sql.getInstant(rs, "assessed_at"),
                        rs.getString("lists_json"), rs.getString("assessment_json")));
            }
            return out;
        }
    }
}
