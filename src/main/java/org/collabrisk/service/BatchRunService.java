package org.collabrisk.service;

import org.collabrisk.batch.BatchReports;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.BatchRunStore;
import org.collabrisk.exchange.Json;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.JdbcBatchRunStore;
import org.collabrisk.store.StoredBatchRun;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps conference batch runs in the database for audit (15 CFR 762.6): the run row (input SHA-256, list versions
 * and hashes, settings, the whole result) and an audit-log entry, in one transaction.
 */
public final class BatchRunService implements BatchRunStore {

    private final Database db;
    private final String actor;
    private final JdbcBatchRunStore runs = new JdbcBatchRunStore();
    private final JdbcAuditLog audit = new JdbcAuditLog();

    public BatchRunService(Database db) {
        this(db, CaseService.defaultActor());
    }

    public BatchRunService(Database db, String actor) {
        this.db = db;
        this.actor = actor;
    }

    @Override
    public String save(BatchResult run) {
        String listsJson;
        try {
            listsJson = Json.mapper().writeValueAsString(run.lists());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        StoredBatchRun row = new StoredBatchRun(run.runId(), run.startedAt(), Instant.now(), actor, run.input().file(),
                run.input().sha256(), run.policy(), run.threshold(), run.papers(), run.rowsUsed(), run.flaggedPapers(),
                listsJson, BatchReports.toJson(run));
        db.inTransaction(c -> {
            runs.insert(c, row);
            audit.append(c, actor, AuditAction.BATCH_SCREENED, "batch " + run.runId(), String.format(Locale.ROOT,
                    "input %s sha256 %s; policy %s, threshold %.2f; %d papers, %d flagged; lists %s",
                    run.input().file(), run.input().sha256(), run.policy(), run.threshold(), run.papers(),
                    run.flaggedPapers(), run.lists().stream().map(v -> v.name() + " " + v.sha256()).toList()));
            return null;
        });
        return "database " + db.file() + ", batch run " + run.runId();
    }

    /** Every kept run, newest first (without the result JSON). */
    public List<StoredBatchRun> list() {
        return db.read(runs::list);
    }

    public Optional<StoredBatchRun> find(String runId) {
        return db.read(c -> runs.find(c, runId));
    }
}
