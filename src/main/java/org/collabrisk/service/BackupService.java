package org.collabrisk.service;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.AuditVerification;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Backup of the whole database to one file (H2 {@code BACKUP TO}: a zip holding the database file, consistent while
 * the database is in use, still encrypted when the database is) and restore from such a file. A restore refuses a
 * file that is not a CollabRisk backup, verifies the restored database (schema, audit chain) before it replaces the
 * current one, and keeps the current file beside it.
 */
public final class BackupService {

    private final Database db;
    private final String actor;

    public BackupService(Database db, String actor) {
        this.db = db;
        this.actor = actor;
    }

    public record BackupResult(Path file, long bytes, String sha256) {
    }

    public record RestoreResult(Path database, Path previousKeptAt, long auditEntries, int cases) {
    }

    /** Writes a backup to {@code target} (via a temporary file, moved into place when complete; owner-only). */
    public BackupResult backup(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException(target + ": the folder does not exist");
        }
        Path tmp = folder.resolve(absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(tmp);
            // The entry is written first so the backup contains the record of its own making.
            db.inTransaction(c -> new JdbcAuditLog().append(c, actor, AuditAction.DATABASE_BACKED_UP, "database",
                    "backup file " + absolute.getFileName()));
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                    ps.setString(1, tmp.toString());
                    ps.execute();
                }
                return null;
            });
            ownerOnly(tmp);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            byte[] bytes = Files.readAllBytes(absolute);
            return new BackupResult(absolute, bytes.length, JdbcAuditLog.sha256(bytes));
        } catch (IOException e) {
            throw new InvalidInputException(target + ": the backup could not be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the error that matters was already raised
            }
        }
    }

    /**
     * Replaces the database at {@code dbPath} (no process may have it open) with the one in {@code backup}. The
     * backup is unpacked beside the database, opened and verified (CollabRisk schema no newer than this version,
     * intact audit chain); only then is the current file renamed to {@code <name>.mv.db.before-restore-<time>} and
     * the restored one moved into place. {@code password} is the encryption password of the backup, if any.
     */
    public static RestoreResult restore(Path backup, Path dbPath, char[] password, String actor) {
        Path current = Database.dataFile(dbPath);
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException(backup + ": no such file");
        }
        Path staging = dbPath.resolveSibling(dbPath.getFileName() + "-restore-" + System.nanoTime());
        Path stagingFile = Database.dataFile(staging);
        try {
            if (dbPath.getParent() != null) {
                Files.createDirectories(dbPath.getParent());
            }
            unpack(backup, stagingFile);
            long entries;
            int cases;
            Database opened;
            try {
                opened = Database.open(staging, password);
            } catch (org.collabrisk.store.DatabaseRefusedException e) {
                // name the backup the user gave, not the staging file
                throw new InvalidInputException(backup + ": " + e.getMessage().replace("database "
                        + stagingFile + " ", "the database inside ").replace(stagingFile.toString(), "the backup")
                        + "; the current database was kept", e);
            }
            try (Database restored = opened) {
                AuditVerification v = new AuditService(restored).verify();
                if (!v.ok()) {
                    throw new InvalidInputException(backup + ": the backup's audit log is broken ("
                            + v.problem() + "); the current database was kept");
                }
                cases = restored.read(c -> new org.collabrisk.store.JdbcCaseStore().count(c));
                restored.inTransaction(c -> new JdbcAuditLog().append(c, actor, AuditAction.DATABASE_RESTORED,
                        "database", "restored from " + backup.getFileName() + ", " + v.entriesChecked()
                                + " audit entries verified"));
                entries = v.entriesChecked() + 1;
            }
            Path kept = null;
            if (Files.exists(current)) {
                requireNotInUse(current);
                kept = current.resolveSibling(current.getFileName() + ".before-restore-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(Instant.now().atZone(ZoneOffset.UTC)));
                Files.move(current, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(stagingFile, current, StandardCopyOption.ATOMIC_MOVE);
            return new RestoreResult(dbPath, kept, entries, cases);
        } catch (IOException e) {
            throw new StoreException("restore from " + backup + " failed (" + e.getMessage() + "); the current "
                    + "database was kept", e);
        } finally {
            try {
                Files.deleteIfExists(stagingFile);
                Files.deleteIfExists(staging.resolveSibling(staging.getFileName() + ".trace.db"));
            } catch (IOException ignored) {
                // leftovers of a failed restore are harmless and named after it
            }
        }
    }

    /** Extracts the one database file of an H2 backup zip; anything else is not a CollabRisk backup. */
    private static void unpack(Path backup, Path target) throws IOException {
        boolean found = false;
        try (InputStream raw = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                if (!e.getName().endsWith(".mv.db") || e.getName().contains("/") || e.getName().contains("\\")
                        || found) {
                    throw new InvalidInputException(backup + " is not a CollabRisk backup (unexpected entry '"
                            + e.getName() + "'); the current database was kept");
                }
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    zip.transferTo(out);
                }
                ownerOnly(target);
                found = true;
            }
        } catch (ZipException e) {
            throw new InvalidInputException(backup + " is not a CollabRisk backup (not a zip file); the current "
                    + "database was kept", e);
        }
        if (!found) {
            throw new InvalidInputException(backup + " is not a CollabRisk backup (no database file inside); the "
                    + "current database was kept");
        }
    }

    private static void requireNotInUse(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new InvalidInputException("database " + file + " is in use (close the CollabRisk app and other "
                        + "commands first); the current database was kept");
            }
            lock.release();
        }
    }

    private static void ownerOnly(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            // the folder is already private when CollabRisk created it; nothing more to do
        }
    }
}
