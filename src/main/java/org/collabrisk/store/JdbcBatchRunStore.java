package org.collabrisk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conference batch runs (table {@code batch_runs}, migration V4). Insert-only: a run is never changed. */
public final class JdbcBatchRunStore {

    private static final String COLUMNS = "run_id, started_at, saved_at, saved_by, input_file, input_sha256, policy, "
            + "threshold, papers, rows_used, flagged_papers, lists_json, result_json";

    public void insert(Connection c, StoredBatchRun r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_runs (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.runId());
            Sql.setInstant(ps, 2, r.startedAt());
            Sql.setInstant(ps, 3, r.savedAt());
            ps.setString(4, r.savedBy());
            ps.setString(5, r.inputFile());
            ps.setString(6, r.inputSha256());
            ps.setString(7, r.policy());
            ps.setDouble(8, r.threshold());
            ps.setInt(9, r.papers());
            ps.setInt(10, r.rowsUsed());
            ps.setInt(11, r.flaggedPapers());
            ps.setString(12, r.listsJson());
            ps.setString(13, r.resultJson());
            ps.executeUpdate();
        }
    }

    public Optional<StoredBatchRun> find(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM batch_runs WHERE run_id = ?")) {
            ps.setString(1, runId);
            return read(ps).stream().findFirst();
        }
    }

    /** Every run, newest first, without the result JSON (use {@link #find} for that). */
    public List<StoredBatchRun> list(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT run_id, started_at, saved_at, saved_by, input_file, "
                + "input_sha256, policy, threshold, papers, rows_used, flagged_papers, lists_json, '' AS result_json "
                + "FROM batch_runs ORDER BY started_at DESC, run_id")) {
            return read(ps);
        }
    }

    private static List<StoredBatchRun> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<StoredBatchRun> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new StoredBatchRun(rs.getString("run_id"), Sql.getInstant(rs, "started_at"),
                        Sql.getInstant(rs, "saved_at"), rs.getString("saved_by"), rs.getString("input_file"),
                        rs.getString("input_sha256"), rs.getString("policy"), rs.getDouble("threshold"),
                        rs.getInt("papers"), rs.getInt("rows_used"), rs.getInt("flagged_papers"),
                        rs.getString("lists_json"), rs.getString("result_json")));
            }
            return out;
        }
    }
}
