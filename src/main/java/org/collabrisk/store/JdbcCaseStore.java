package org.collabrisk.store;

import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cases (current JSON plus listing columns) and their immutable revisions. Stateless: every method works on the
 * caller's connection so that a service can put several stores in one transaction. Prepared statements only.
 */
public final class JdbcCaseStore {

    private static final String SUMMARY_COLUMNS = "id, title, status, overall_outcome, people_count, artifact_count, "
            + "revision, created_at, updated_at, decided_at, archived";

    public Optional<CaseSummary> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM cases WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** Reads the case row and locks it until the transaction ends, so concurrent saves of one case queue up. */
    public Optional<CaseSummary> findForUpdate(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + SUMMARY_COLUMNS + " FROM cases WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** The current case JSON. */
    public Optional<String> json(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_json FROM cases WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Cases by most recently updated first; {@code status} null for all; archived cases only when asked. */
    public List<CaseSummary> list(Connection c, CaseStatus status, boolean includeArchived) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM cases WHERE 1 = 1");
        if (status != null) {
            sql.append(" AND status = ?");
        }
        if (!includeArchived) {
            sql.append(" AND archived = FALSE");
        }
        sql.append(" ORDER BY updated_at DESC, id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            if (status != null) {
                ps.setString(1, status.name());
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                List<CaseSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(summary(rs));
                }
                return out;
            }
        }
    }

    /** Every current case JSON, for the re-screening of saved cases. */
    public List<String> allJson(Connection c, boolean includeArchived) throws SQLException {
        String sql = "SELECT case_json FROM cases" + (includeArchived ? "" : " WHERE archived = FALSE") + " ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public void insert(Connection c, CaseSummary s, String caseJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases (id, title, status, overall_outcome, "
                + "people_count, artifact_count, revision, created_at, updated_at, decided_at, archived, case_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.title());
            ps.setString(3, s.status().name());
            ps.setString(4, s.overallOutcome() == null ? null : s.overallOutcome().name());
            ps.setInt(5, s.peopleCount());
            ps.setInt(6, s.artifactCount());
            ps.setInt(7, s.revision());
            Sql.setInstant(ps, 8, s.createdAt());
            Sql.setInstant(ps, 9, s.updatedAt());
            Sql.setInstant(ps, 10, s.decidedAt());
            ps.setBoolean(11, s.archived());
            ps.setString(12, caseJson);
            ps.executeUpdate();
        }
    }

    /** Replaces the content of a case with a new revision; the assessed outcome no longer applies and is cleared. */
    public void updateContent(Connection c, String id, String title, int peopleCount, int artifactCount,
                              int revision, Instant updatedAt, String caseJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET title = ?, people_count = ?, "
                + "artifact_count = ?, revision = ?, updated_at = ?, case_json = ?, overall_outcome = NULL "
                + "WHERE id = ?")) {
            ps.setString(1, title);
            ps.setInt(2, peopleCount);
            ps.setInt(3, artifactCount);
            ps.setInt(4, revision);
            Sql.setInstant(ps, 5, updatedAt);
            ps.setString(6, caseJson);
            ps.setString(7, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    public void updateStatus(Connection c, String id, CaseStatus status, Instant updatedAt, Instant decidedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE cases SET status = ?, updated_at = ?, decided_at = COALESCE(decided_at, ?) WHERE id = ?")) {
            ps.setString(1, status.name());
            Sql.setInstant(ps, 2, updatedAt);
            Sql.setInstant(ps, 3, decidedAt);
            ps.setString(4, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    public void updateOutcome(Connection c, String id, Outcome outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET overall_outcome = ? WHERE id = ?")) {
            ps.setString(1, outcome == null ? null : outcome.name());
            ps.setString(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    public void setArchived(Connection c, String id, boolean archived) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET archived = ? WHERE id = ?")) {
            ps.setBoolean(1, archived);
            ps.setString(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    /**
     * Removes a case with its revisions, assessments, decisions and dispositions. The service decides whether
     * that is allowed (retention, 15 CFR 762.6) and writes the reason to the audit log.
     */
    public void delete(Connection c, String id) throws SQLException {
        for (String table : List.of("dispositions", "decisions", "assessments", "case_revisions")) {
            String column = "case_id";
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cases WHERE id = ?")) {
            ps.setString(1, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    public void insertRevision(Connection c, CaseRevision r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_revisions (case_id, revision, saved_at, "
                + "saved_by, sha256, case_json) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.caseId());
            ps.setInt(2, r.revision());
            Sql.setInstant(ps, 3, r.savedAt());
            ps.setString(4, r.savedBy());
            ps.setString(5, r.sha256());
            ps.setString(6, r.caseJson());
            ps.executeUpdate();
        }
    }

    /** Every revision of a case, oldest first, with its JSON. */
    public List<CaseRevision> revisions(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, revision, saved_at, saved_by, sha256, "
                + "case_json FROM case_revisions WHERE case_id = ? ORDER BY revision")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CaseRevision> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new CaseRevision(rs.getString("case_id"), rs.getInt("revision"),
                            Sql.getInstant(rs, "saved_at"), rs.getString("saved_by"), rs.getString("sha256"),
                            rs.getString("case_json")));
                }
                return out;
            }
        }
    }

    public Optional<CaseRevision> revision(Connection c, String caseId, int revision) throws SQLException {
        return revisions(c, caseId).stream().filter(r -> r.revision() == revision).findFirst();
    }

    private static void requireOne(int updated, String id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("case " + id + " was not found");
        }
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        String outcome = rs.getString("overall_outcome");
        return new CaseSummary(rs.getString("id"), rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getInt("people_count"),
                rs.getInt("artifact_count"), rs.getInt("revision"), Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"), Sql.getInstant(rs, "decided_at"), rs.getBoolean("archived"));
    }
}
