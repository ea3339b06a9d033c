package org.collabrisk.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.batch.BatchCsvReader;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.BatchScreener;
import org.collabrisk.batch.BatchSettings;
import org.collabrisk.batch.FixtureScreener;
import org.collabrisk.batch.ScreeningPolicy;
import org.collabrisk.exchange.Json;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.StoredBatchRun;
import org.collabrisk.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch runs kept in a real H2 file: the run row, its result JSON and an audit-chain entry, in one transaction. */
class BatchRunServiceTest {

    @TempDir
    Path dir;

    private static BatchResult run() throws Exception {
        byte[] bytes;
        try (InputStream in = BatchRunServiceTest.class.getResourceAsStream("/org/collabrisk/batch/papers_small.csv")) {
            bytes = in.readAllBytes();
        }
        return new BatchScreener(FixtureScreener.fromResource("custom_list.csv"),
                new BatchSettings(ScreeningPolicy.SDN_EL, 0.80, 1)).screen(new BatchCsvReader().read(bytes, "papers_small.csv"));
    }

    @Test
    void keepsTheRunWithListsSettingsResultAndAnAuditEntry() throws Exception {
        BatchResult r = run();
        try (Database db = Database.open(dir.resolve("db"))) {
            BatchRunService service = new BatchRunService(db, "chair");
            String where = service.save(r);
            assertTrue(where.contains(r.runId()));

            List<StoredBatchRun> runs = service.list();
            assertEquals(1, runs.size());
            StoredBatchRun row = runs.get(0);
            assertEquals(r.input().sha256(), row.inputSha256());
            assertEquals("sdn+el", row.policy());
            assertEquals(0.80, row.threshold());
            assertEquals(11, row.papers());
            assertEquals(8, row.flaggedPapers());
            assertEquals("chair", row.savedBy());
            JsonNode lists = Json.mapper().readTree(row.listsJson());
            assertEquals(r.lists().get(0).sha256(), lists.at("/0/sha256").asText());

            JsonNode result = Json.mapper().readTree(service.find(r.runId()).orElseThrow().resultJson());
            assertEquals(8, result.at("/flagged").size());

            JdbcAuditLog audit = new JdbcAuditLog();
            List<AuditEntry> entries = db.read(c -> audit.entries(c, "batch " + r.runId()));
            assertEquals(1, entries.size());
            assertEquals(AuditAction.BATCH_SCREENED.name(), entries.get(0).action());
            assertTrue(entries.get(0).detail().contains(r.input().sha256()));
            assertTrue(db.read(audit::verify).ok());
        }
    }

    @Test
    void theSameRunCannotBeKeptTwice() throws Exception {
        BatchResult r = run();
        try (Database db = Database.open(dir.resolve("db"))) {
            BatchRunService service = new BatchRunService(db, "chair");
            service.save(r);
            assertThrows(StoreException.class, () -> service.save(r));
            assertEquals(1, service.list().size());
            // The failed save left no audit entry behind (one transaction).
            assertEquals(1, db.read(c -> new JdbcAuditLog().entries(c, "batch " + r.runId())).size());
        }
    }
}
