package org.collabrisk.store;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.domain.InvalidInputException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsANewDatabaseWithTheLatestSchemaAndOwnerOnlyPermissions() throws Exception {
        Path folder = dir.resolve("data");
        try (Database db = Database.open(folder.resolve("collabrisk"))) {
            assertEquals(Database.SCHEMA_VERSION, db.read(DatabaseTest::appliedVersion));
            assertEquals("CollabRisk", db.read(c -> Database.metaValue(c, "application")));
            assertFalse(db.encrypted());
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("collabrisk.mv.db"))));
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigrationFile() throws Exception {
        int newest = 0;
        for (int v = 1; v < 100; v++) {
            String prefix = "V" + v + "__";
            try (var s = Files.list(Path.of("src/main/resources/db/migration"))) {
                if (s.anyMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                    newest = v;
                }
            }
        }
        assertEquals(Database.SCHEMA_VERSION, newest);
    }

    @Test
    void migratesADatabaseMadeByTheFirstMigrationKeepingItsCases() throws Exception {
        Path db = dir.resolve("old");
        // A V1-only fixture: what the first release of the schema created, with one case in it.
        Flyway.configure().dataSource(Database.url(db, false), Database.USER, "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(db, false), Database.USER, "")) {
            assertEquals(1, appliedVersion(c));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases (id, title, status, overall_outcome, "
                    + "people_count, artifact_count, revision, created_at, updated_at, case_json) "
                    + "VALUES ('old-1', 'Old case', 'DRAFT', NULL, 0, 0, 1, ?, ?, ?)")) {
                OffsetDateTime t = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
                ps.setObject(1, t);
                ps.setObject(2, t);
                ps.setString(3, "{\"formatVersion\":1,\"id\":\"old-1\",\"title\":\"Old case\",\"paper\":null,"
                        + "\"people\":[],\"artifacts\":[]}");
                ps.executeUpdate();
            }
        }
        try (Database opened = Database.open(db)) {
            assertEquals(Database.SCHEMA_VERSION, opened.read(DatabaseTest::appliedVersion));
            CaseSummary s = opened.read(c -> new JdbcCaseStore().find(c, "old-1")).orElseThrow();
            assertEquals("Old case", s.title());
            assertFalse(s.archived());
            assertEquals(null, s.decidedAt());
            assertEquals(Instant.parse("2026-01-02T03:04:05Z"), s.createdAt());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "from schema {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4})
    void migratesADatabaseMadeByEveryEarlierSchemaVersion(int from) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(from < Database.SCHEMA_VERSION);
        Path db = dir.resolve("v" + from);
        Flyway.configure().dataSource(Database.url(db, false), Database.USER, "").locations("classpath:db/migration")
                .target(String.valueOf(from)).load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(db, false), Database.USER, "")) {
            assertEquals(from, appliedVersion(c));
        }
        try (Database opened = Database.open(db)) {
            assertEquals(Database.SCHEMA_VERSION, opened.read(DatabaseTest::appliedVersion));
            // the migrated database works: a case with its audit entry can be saved
            new org.collabrisk.service.CaseService(opened, "t").save(SampleCases.generate("m", 1, 1));
            assertTrue(new org.collabrisk.service.AuditService(opened).verify().ok());
        }
    }

    @Test
    void refusesAnH2DatabaseThatIsNotCollabRisksWithoutModifyingIt() throws Exception {
        Path other = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, Database.USER, "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INT PRIMARY KEY, amount DECIMAL(10,2))");
            st.execute("INSERT INTO invoices VALUES (1, 9.99)");
        }
        assertRefusedUnchanged(other, "is not a CollabRisk database");
    }

    @Test
    void refusesAnH2DatabaseOfAnotherUser() throws Exception {
        Path other = dir.resolve("sa");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "secret");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT)");
        }
        assertRefusedUnchanged(other, "is not a CollabRisk database");
    }

    @Test
    void refusesAFileThatIsNotADatabaseAtAll() throws Exception {
        Path junk = dir.resolve("junk");
        Files.writeString(Database.dataFile(junk), "this is a text file, not H2\n".repeat(200));
        assertRefusedUnchanged(junk, "not a readable CollabRisk database");
    }

    @Test
    void refusesADatabaseWhoseSchemaIsNewerThanTheApplication() throws Exception {
        Path db = dir.resolve("newer");
        Database.open(db).close();
        try (Connection c = DriverManager.getConnection(Database.url(db, false), Database.USER, "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(99, '" + (Database.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, TRUE)");
        }
        assertRefusedUnchanged(db, "newer than this CollabRisk understands");
    }

    @Test
    void refusesAPathThatWouldChangeTheJdbcUrl() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Database.open(dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'")));
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
    }

    @Test
    void encryptedDatabaseNeedsItsPassword() throws Exception {
        Path db = dir.resolve("secret");
        try (Database opened = Database.open(db, "correct horse".toCharArray())) {
            assertTrue(opened.encrypted());
            opened.inTransaction(c -> new JdbcCaseStore().count(c));
        }
        assertTrue(Database.isEncrypted(db));
        byte[] bytes = Files.readAllBytes(Database.dataFile(db));
        assertFalse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("collabrisk_meta"));
        DatabaseRefusedException missing = assertThrows(DatabaseRefusedException.class, () -> Database.open(db));
        assertTrue(missing.getMessage().contains("is encrypted"), missing.getMessage());
        DatabaseRefusedException wrong = assertThrows(DatabaseRefusedException.class,
                () -> Database.open(db, "wrong".toCharArray()));
        assertTrue(wrong.getMessage().contains("password is wrong"), wrong.getMessage());
        try (Database again = Database.open(db, "correct horse".toCharArray())) {
            assertEquals(Integer.valueOf(0), again.read(c -> new JdbcCaseStore().count(c)));
        }
    }

    @Test
    void aSecondOpenOfTheSameFileSharesIt() throws Exception {
        Path db = dir.resolve("shared");
        try (Database first = Database.open(db); Database second = Database.open(db)) {
            first.inTransaction(c -> {
                new JdbcCaseStore().insert(c, new CaseSummary("s-1", "t", org.collabrisk.domain.CaseStatus.DRAFT,
                        null, 0, 0, 1, Instant.now(), Instant.now(), null, false), "{}");
                return null;
            });
            assertEquals(Integer.valueOf(1), second.read(c -> new JdbcCaseStore().count(c)));
        }
        assertTrue(SampleCases.generate("x", 1, 1).people().size() >= 2);
    }

    private static void assertRefusedUnchanged(Path db, String expected) throws Exception {
        Path file = Database.dataFile(db);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        byte[] before = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        DatabaseRefusedException e = assertThrows(DatabaseRefusedException.class, () -> Database.open(db));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the refused file was modified");
        assertEquals(mtime, Files.getLastModifiedTime(file), "the refused file was touched");
    }

    private static int appliedVersion(Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
