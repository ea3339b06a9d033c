package org.collabrisk.store;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.service.AuditService;
import org.collabrisk.service.CaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes to the audit log made by hand, outside CollabRisk, are found and named by verification. */
class AuditTamperTest {

    @TempDir
    Path dir;

    private Path databaseWithTenEntries() {
        Path path = dir.resolve("audited");
        try (Database db = Database.open(path)) {
            CaseService cases = new CaseService(db, "tester");
            for (int i = 1; i <= 10; i++) {
                cases.save(SampleCases.generate("a", i, 1));
            }
            AuditVerification v = new AuditService(db).verify();
            assertTrue(v.ok(), v.problem());
            assertEquals(10, v.entriesChecked());
        }
        return path;
    }

    private static void byHand(Path path, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(path, false), Database.USER, "");
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static AuditVerification verify(Path path) {
        try (Database db = Database.open(path)) {
            return new AuditService(db).verify();
        }
    }

    @Test
    void alteredEntryIsNamed() throws Exception {
        Path path = databaseWithTenEntries();
        byHand(path, "UPDATE audit_log SET detail = 'revision 1, sha256 forged' WHERE seq = 4");
        AuditVerification v = verify(path);
        assertFalse(v.ok());
        assertEquals(4, v.firstBadSeq());
        assertTrue(v.problem().contains("audit entry 4") && v.problem().contains("altered"), v.problem());
    }

    @Test
    void alteredEntryWithRecomputedOwnHashIsNamedByTheNextLink() throws Exception {
        Path path = databaseWithTenEntries();
        byHand(path, "UPDATE audit_log SET actor = 'mallory', hash = '" + "f".repeat(64) + "' WHERE seq = 6");
        AuditVerification v = verify(path);
        assertFalse(v.ok());
        assertEquals(6, v.firstBadSeq());
    }

    @Test
    void deletedEntryIsNamed() throws Exception {
        Path path = databaseWithTenEntries();
        byHand(path, "DELETE FROM audit_log WHERE seq = 7");
        AuditVerification v = verify(path);
        assertFalse(v.ok());
        assertEquals(7, v.firstBadSeq());
        assertTrue(v.problem().contains("audit entry 7 was removed"), v.problem());
    }

    @Test
    void entriesDeletedFromTheEndAreNoticed() throws Exception {
        Path path = databaseWithTenEntries();
        byHand(path, "DELETE FROM audit_log WHERE seq >= 9");
        AuditVerification v = verify(path);
        assertFalse(v.ok());
        assertEquals(9, v.firstBadSeq());
        assertTrue(v.problem().contains("9 to 10 were removed"), v.problem());
    }

    @Test
    void renumberedEntriesAreNoticed() throws Exception {
        Path path = databaseWithTenEntries();
        byHand(path, "DELETE FROM audit_log WHERE seq = 3");
        byHand(path, "UPDATE audit_log SET seq = seq - 1 WHERE seq > 3");
        AuditVerification v = verify(path);
        assertFalse(v.ok());
        assertEquals(3, v.firstBadSeq());
    }
}
