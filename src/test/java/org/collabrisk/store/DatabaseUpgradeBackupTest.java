package org.collabrisk.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrading keeps a copy: the database is backed up before a migration (docs/packaging.md, "Upgrading"). */
class DatabaseUpgradeBackupTest {

    @TempDir
    Path dir;

    private static void createAtSchemaV1WithOneCase(Path db) throws SQLException {
        Flyway.configure().dataSource(Database.url(db, false), Database.USER, "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(db, false), Database.USER, "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO cases (id, title, status, overall_outcome, "
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

    private static int appliedVersion(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, Database.USER, "");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList();
        }
    }

    @Test
    void anUpgradeFirstWritesAPrivateBackupHoldingTheOldSchemaAndData() throws Exception {
        Path db = dir.resolve("collabrisk");
        createAtSchemaV1WithOneCase(db);

        try (Database opened = Database.open(db)) {
            assertEquals(Database.SCHEMA_VERSION, appliedVersion(Database.url(db, false)));
        }

        List<Path> backups = backups();
        assertEquals(1, backups.size(), "one backup: " + backups);
        Path backup = backups.get(0);
        assertTrue(backup.getFileName().toString().matches(
                "collabrisk\\.mv\\.db\\.before-v" + Database.SCHEMA_VERSION + "-from-v1-\\d{8}T\\d{6}Z\\.zip"),
                backup.toString());
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        }
        // the zip holds the database as it was: schema v1, the old case
        Path restored = dir.resolve("restored");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry = zip.getNextEntry();
            assertEquals("collabrisk.mv.db", entry.getName());
            Files.copy(zip, Database.dataFile(restored));
        }
        String readOnly = "jdbc:h2:file:" + restored + ";ACCESS_MODE_DATA=r";
        assertEquals(1, appliedVersion(readOnly));
        try (Connection c = DriverManager.getConnection(readOnly, Database.USER, "");
             PreparedStatement ps = c.prepareStatement("SELECT title FROM cases WHERE id = 'old-1'");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("Old case", rs.getString(1));
        }
    }

    @Test
    void aNewDatabaseAndAnUpToDateOneAreNotBackedUp() throws Exception {
        Path db = dir.resolve("fresh");
        Database.open(db).close();
        Database.open(db).close();
        assertEquals(List.of(), backups());
    }

    @Test
    void whenTheBackupCannotBeWrittenNothingIsMigrated() throws Exception {
        Path db = dir.resolve("collabrisk");
        createAtSchemaV1WithOneCase(db);
        // a non-empty folder where the backup's temporary file must go
        Path blocker = dir.resolve("collabrisk.mv.db.migration-backup.part");
        Files.createDirectories(blocker.resolve("x"));

        StoreException e = assertThrows(StoreException.class, () -> Database.open(db));
        assertTrue(e.getMessage().contains("the backup taken first could not be written"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was changed"), e.getMessage());
        assertEquals(1, appliedVersion(Database.url(db, false)));
        assertEquals(List.of(), backups());
    }

    @Test
    void backupNamesSayFromWhichToWhichVersionAndWhen() {
        Path name = Database.preMigrationBackup(dir.resolve("collabrisk"), 2, Instant.parse("2026-11-22T04:05:06Z"));
        assertEquals("collabrisk.mv.db.before-v" + Database.SCHEMA_VERSION + "-from-v2-20261122T040506Z.zip",
                name.getFileName().toString());
        assertEquals(dir, name.getParent());
    }
}
