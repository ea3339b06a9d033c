package org.collabrisk.store;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.service.AuditService;
import org.collabrisk.service.CaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processes on one database file (the desktop app and a CLI command): while a child JVM keeps writing, this
 * JVM opens the same file (through the child's AUTO_SERVER), reads and writes; the audit chain stays one chain.
 */
class SharedAccessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessReadsAndWritesWhileTheFirstHasTheDatabaseOpen() throws Exception {
        Path db = dir.resolve("shared");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), db.toString(),
                "r0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed 2")) {
                assertTrue(line.equals("ready") || line.startsWith("committed "), "child: " + line);
            }
            try (Database second = Database.open(db)) {
                CaseService cases = new CaseService(second, "second-process");
                assertTrue(cases.list(null, false).size() >= 3 * CrashChild.BATCH);
                cases.save(SampleCases.generate("from-second", 1, 1));
                assertEquals("second-process", cases.revisions("from-second-1").get(0).savedBy());
                AuditVerification v = new AuditService(second).verify();
                assertTrue(v.ok(), v.problem());
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database reopened = Database.open(db)) {
            assertTrue(new CaseService(reopened).find("from-second-1").isPresent());
            AuditVerification v = new AuditService(reopened).verify();
            assertTrue(v.ok(), v.problem());
        }
    }
}
