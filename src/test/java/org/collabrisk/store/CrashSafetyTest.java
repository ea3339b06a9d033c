package org.collabrisk.store;

import org.collabrisk.exchange.CaseJson;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.service.AuditService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a child JVM that is importing cases ({@code destroyForcibly}) at a random moment, reopens the database and
 * checks it is consistent: every batch wholly present or absent, every case's revisions contiguous with the last one
 * equal to the current JSON, and the audit chain valid with one entry per revision. Repeated over several rounds on
 * the same database.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 10;
    private static final Pattern BATCH_ID = Pattern.compile("(r\\d+-b\\d+)-(\\d+)");

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesAConsistentDatabase() throws Exception {
        Path db = dir.resolve("crash");
        Random random = new Random(20261122L);
        int casesSeen = 0;
        Map<String, Integer> committedBatches = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    db.toString(), "r" + round)
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            if (!"ready".equals(first)) {
                StringBuilder rest = new StringBuilder(String.valueOf(first));
                String line;
                while ((line = out.readLine()) != null) {
                    rest.append('\n').append(line);
                }
                fail("child did not start: " + rest);
            }
            // Kill after a random number of committed batches plus a random few milliseconds, so the kill lands
            // anywhere: between transactions, inside a batch, inside a revision save.
            int waitForBatches = random.nextInt(25);
            int lastCommitted = -1;
            String line;
            while (lastCommitted < waitForBatches && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            Thread.sleep(random.nextInt(60));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            // (Batches committed after the last line read are not required, only allowed: destroy closes the pipe.)
            committedBatches.put("r" + round, lastCommitted);
            long t0 = System.nanoTime();
            casesSeen = checkConsistent(db, committedBatches);
            System.out.printf("round %d: killed after batch %d; %d cases consistent (reopened and checked in %d ms)%n",
                    round, committedBatches.get("r" + round), casesSeen, (System.nanoTime() - t0) / 1_000_000);
        }
        assertTrue(casesSeen >= ROUNDS * CrashChild.BATCH, "too few cases were written to mean anything: " + casesSeen);
    }

    private static int checkConsistent(Path path, Map<String, Integer> committedBatches) throws Exception {
        try (Database db = Database.open(path)) {
            AuditVerification v = new AuditService(db).verify();
            assertTrue(v.ok(), "audit chain broken after a crash: " + v.problem());
            return db.read(c -> {
                JdbcCaseStore store = new JdbcCaseStore();
                List<CaseSummary> cases = store.list(c, null, true);
                Map<String, Integer> batchSizes = new HashMap<>();
                int revisions = 0;
                for (CaseSummary s : cases) {
                    Matcher m = BATCH_ID.matcher(s.id());
                    assertTrue(m.matches(), s.id());
                    batchSizes.merge(m.group(1), 1, Integer::sum);
                    List<CaseRevision> revs = store.revisions(c, s.id());
                    assertEquals(s.revision(), revs.size(), "revisions of " + s.id());
                    for (int i = 0; i < revs.size(); i++) {
                        assertEquals(i + 1, revs.get(i).revision());
                        assertEquals(JdbcAuditLog.sha256(revs.get(i).caseJson().getBytes(StandardCharsets.UTF_8)),
                                revs.get(i).sha256());
                    }
                    String json = store.json(c, s.id()).orElseThrow();
                    assertEquals(revs.get(revs.size() - 1).caseJson(), json, "current JSON of " + s.id());
                    ResearchCase rc = CaseJson.read(json, s.id());
                    assertEquals(s.title(), rc.title());
                    assertEquals(s.peopleCount(), rc.people().size());
                    revisions += revs.size();
                }
                for (Map.Entry<String, Integer> b : batchSizes.entrySet()) {
                    assertEquals(CrashChild.BATCH, b.getValue(), "batch " + b.getKey() + " is partly present");
                }
                // Durability: every batch the child saw committed before it was killed is there.
                for (Map.Entry<String, Integer> r : committedBatches.entrySet()) {
                    for (int k = 0; k <= r.getValue(); k++) {
                        assertEquals(CrashChild.BATCH, batchSizes.getOrDefault(r.getKey() + "-b" + k, 0),
                                "batch " + r.getKey() + "-b" + k + " was committed but is missing after the crash");
                    }
                }
                List<String> actions = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT action FROM audit_log");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        actions.add(rs.getString(1));
                    }
                }
                assertEquals(revisions, actions.stream().filter("CASE_SAVED"::equals).count(),
                        "one audit entry per revision");
                return cases.size();
            });
        }
    }

}
