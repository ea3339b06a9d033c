package org.collabrisk.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The embedded H2 database of one user profile. {@link #open} creates the file (user-only permissions) or checks
 * an existing one read-only first, refusing, without modifying it, a file that is not CollabRisk's or whose schema
 * is newer than this version of the application; then it brings the schema up to date with Flyway.
 * <p>
 * The file is opened with {@code AUTO_SERVER=TRUE} so the desktop app and the command line can use it at the same
 * time. Thread-safe: connections come from a small pool; use {@link #inTransaction} for every write.
 */
public final class Database implements AutoCloseable {

    /** The schema version this build creates and understands: the highest {@code db/migration/V<n>__} file. */
    public static final int SCHEMA_VERSION = 5;
    public static final String APPLICATION_MARKER = "CollabRisk";
    static final String USER = "collabrisk";
    private static final String SUFFIX = ".mv.db";
    /** H2 writes this header at the start of files encrypted with CIPHER=AES. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SAFE_PATH = Pattern.compile("[^;=\\x00-\\x1f]+");

    private final Path path;
    private final boolean encrypted;
    private final JdbcConnectionPool pool;

    private Database(Path path, boolean encrypted, JdbcConnectionPool pool) {
        this.path = path;
        this.encrypted = encrypted;
        this.pool = pool;
    }

    /** Opens (creating if absent) the database at {@code path} (without ".mv.db"); no encryption password. */
    public static Database open(Path path) {
        return open(path, null);
    }

    /**
     * Opens (creating if absent) the database at {@code path}, the file name without H2's ".mv.db" suffix.
     * {@code password} is the file-encryption password: required for an encrypted file; for a new file, a
     * non-null password creates it encrypted (H2 {@code CIPHER=AES}); ignored for an existing plain file.
     *
     * @throws DatabaseRefusedException when the file is not CollabRisk's, is newer, is encrypted and the password
     *                                  is missing or wrong; the file is left untouched
     */
    public static Database open(Path path, char[] password) {
        Path dbPath = validate(path);
        Path file = dataFile(dbPath);
        boolean exists = Files.exists(file);
        boolean encrypted = exists ? isEncrypted(dbPath) : password != null && password.length > 0;
        if (encrypted && (password == null || password.length == 0)) {
            throw new DatabaseRefusedException("database " + file + " is encrypted: set COLLABRISK_DB_PASSWORD or "
                    + "enter its password");
        }
        String url = url(dbPath, encrypted);
        String pw = encrypted ? h2Password(password) : "";
        int applied = 0;
        if (exists) {
            applied = inspectReadOnly(dbPath, file, encrypted, pw);
        } else {
            createPrivateFolder(dbPath.getParent());
        }
        if (applied > 0 && applied < SCHEMA_VERSION) {
            // an upgrade: keep the user's data as it was before Flyway touches it (docs/packaging.md, "Upgrading")
            backupBeforeMigration(dbPath, url, pw, applied);
        }
        if (applied < SCHEMA_VERSION) {
            migrate(url, pw, file);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, pw);
        pool.setMaxConnections(8);
        // Open it now, so a lock or I/O problem shows at open time, and keep one idle connection that holds the
        // database open between calls.
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("database " + file + " could not be opened: " + firstLine(e.getMessage()), e);
        }
        restrictToOwner(dbPath);
        return new Database(dbPath, encrypted, pool);
    }

    /**
     * H2 takes "filePassword userPassword" split at the first space, so a password with spaces would be cut: the
     * file password is the SHA-256 (hex) of the user's password (H2 still salts and stretches it), and the user
     * password inside the encrypted file is fixed.
     */
    private static String h2Password(char[] password) {
        java.nio.CharBuffer chars = java.nio.CharBuffer.wrap(password);
        java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String filePassword = JdbcAuditLog.sha256(raw);
        Arrays.fill(raw, (byte) 0);
        return filePassword + " collabrisk";
    }

    /** The database path without suffix; the file itself is {@link #dataFile(Path)}. */
    public Path path() {
        return path;
    }

    public Path file() {
        return dataFile(path);
    }

    public boolean encrypted() {
        return encrypted;
    }

    public static Path dataFile(Path dbPath) {
        return Path.of(dbPath.toString() + SUFFIX);
    }

    /** Whether the file at {@code dbPath} (without suffix) was written with H2's file encryption. */
    public static boolean isEncrypted(Path dbPath) {
        Path file = dataFile(validate(dbPath));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A connection from the pool in auto-commit mode, for reads. Close it. */
    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to database " + file() + ": " + e.getMessage(), e);
        }
    }

    /** Work that runs inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws (SQL errors are
     * wrapped in {@link StoreException}; other runtime exceptions, such as bad input, pass through unchanged).
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw new StoreException("database " + file() + ": " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database " + file() + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public <T> T read(TransactionWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database " + file() + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    // ---------------------------------------------------------------------------------------------------------

    static Path validate(Path path) {
        if (path == null) {
            throw new DatabaseRefusedException("no database path given");
        }
        String s = path.toAbsolutePath().normalize().toString();
        if (s.endsWith(SUFFIX)) {
            s = s.substring(0, s.length() - SUFFIX.length());
        }
        // The path becomes part of the JDBC URL: characters that would add settings are refused.
        if (!SAFE_PATH.matcher(s).matches()) {
            throw new DatabaseRefusedException("database path '" + path + "' contains ';', '=' or a control "
                    + "character, which is not allowed");
        }
        return Path.of(s);
    }

    /**
     * {@code WRITE_DELAY=0}: H2 otherwise writes committed changes up to half a second later, so a crash (a killed
     * process, a laptop running out of battery) could lose a case the user saw saved.
     */
    static String url(Path dbPath, boolean encrypted) {
        return "jdbc:h2:file:" + dbPath + ";AUTO_SERVER=TRUE;WRITE_DELAY=0" + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * Looks at an existing file without writing to it (H2 read-only mode; through the owning process's server
     * when another process has it open) and returns the applied schema version, 0 for an empty database.
     */
    private static int inspectReadOnly(Path dbPath, Path file, boolean encrypted, String pw) {
        String readOnly = "jdbc:h2:file:" + dbPath + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
                + (encrypted ? ";CIPHER=AES" : "");
        Connection opened;
        try {
            opened = java.sql.DriverManager.getConnection(readOnly, USER, pw);
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.ERROR_OPENING_DATABASE_1 && isLocked(e)) {
                try {
                    // Another process (the desktop app, a CLI run) owns the file: ask it through its server.
                    opened = java.sql.DriverManager.getConnection(url(dbPath, encrypted) + ";IFEXISTS=TRUE", USER, pw);
                } catch (SQLException e2) {
                    throw refusal(file, encrypted, e2);
                }
            } else {
                throw refusal(file, encrypted, e);
            }
        }
        try (Connection c = opened) {
            // The usual case first, with plain queries: INFORMATION_SCHEMA is slower to ask on a cold start.
            String marker = markerOrNull(c);
            if (APPLICATION_MARKER.equals(marker)) {
                try {
                    int version = appliedVersion(c);
                    if (version > SCHEMA_VERSION) {
                        throw new DatabaseRefusedException("database " + file + " has schema version " + version
                                + ", newer than this CollabRisk understands (" + SCHEMA_VERSION + "); it was not "
                                + "opened or changed. Use a newer version of CollabRisk");
                    }
                    return version;
                } catch (SQLException noHistory) {
                    // fall through to the detailed checks below
                }
            }
            if (countTables(c) == 0) {
                return 0;
            }
            if (!hasTable(c, "COLLABRISK_META") || !APPLICATION_MARKER.equals(metaValue(c, "application"))) {
                throw new DatabaseRefusedException("database " + file + " is not a CollabRisk database (it has "
                        + "other tables); it was not opened or changed. Choose another file with --db");
            }
            if (!hasTable(c, "flyway_schema_history")) {
                throw new DatabaseRefusedException("database " + file + " has no schema history; it was not "
                        + "opened or changed");
            }
            int version = appliedVersion(c);
            if (version > SCHEMA_VERSION) {
                throw new DatabaseRefusedException("database " + file + " has schema version " + version
                        + ", newer than this CollabRisk understands (" + SCHEMA_VERSION + "); it was not opened "
                        + "or changed. Use a newer version of CollabRisk");
            }
            return version;
        } catch (SQLException e) {
            throw new DatabaseRefusedException("database " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The application marker, or null when the database has no marker table. */
    private static String markerOrNull(Connection c) {
        try {
            return metaValue(c, "application");
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean isLocked(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("lock");
    }

    private static DatabaseRefusedException refusal(Path file, boolean encrypted, SQLException e) {
        if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new DatabaseRefusedException(encrypted
                    ? "database " + file + ": the password is wrong"
                    : "database " + file + " is not a CollabRisk database (its users are not CollabRisk's); "
                    + "it was not opened or changed", e);
        }
        if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new DatabaseRefusedException("database " + file + ": the password is wrong", e);
        }
        return new DatabaseRefusedException("database " + file + " is not a readable CollabRisk database ("
                + firstLine(e.getMessage()) + "); it was not opened or changed", e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int countTables(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    static String metaValue(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM collabrisk_meta WHERE meta_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int appliedVersion(Connection c) throws SQLException {
        int max = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).trim()));
                } catch (NumberFormatException e) {
                    // A version that is not a whole number was not written by CollabRisk: treat it as newer.
                    max = Integer.MAX_VALUE;
                }
            }
        }
        return max;
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");

    /**
     * The file name of the backup taken before migrating a database at schema {@code fromVersion}:
     * {@code <name>.mv.db.before-v<to>-<UTC time>.zip}, beside the database. It is an H2 backup zip, so
     * {@code collabrisk db restore FILE} takes it back.
     */
    static Path preMigrationBackup(Path dbPath, int fromVersion, java.time.Instant at) {
        String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
        return dataFile(dbPath).resolveSibling(dataFile(dbPath).getFileName() + ".before-v" + SCHEMA_VERSION
                + "-from-v" + fromVersion + "-" + time + ".zip");
    }

    /**
     * Writes an H2 {@code BACKUP TO} zip of the database (consistent even while another process has it open, and
     * still encrypted if the database is) before a migration. If the backup cannot be written the migration does
     * not run: an upgrade must never risk data that has no copy.
     */
    private static void backupBeforeMigration(Path dbPath, String url, String pw, int fromVersion) {
        Path target = preMigrationBackup(dbPath, fromVersion, java.time.Instant.now());
        Path part = dataFile(dbPath).resolveSibling(dataFile(dbPath).getFileName() + ".migration-backup.part");
        try (Connection c = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE", USER, pw);
             PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            Files.deleteIfExists(part);
            ps.setString(1, part.toString());
            ps.execute();
            if (part.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Logger.getLogger(Database.class.getName()).log(Level.INFO,
                    "backed up the database at schema v{0} to {1} before migrating to v{2}",
                    new Object[]{fromVersion, target.getFileName().toString(), SCHEMA_VERSION});
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the error below is the one that matters
            }
            throw new StoreException("database " + dataFile(dbPath) + " needs an upgrade from schema v" + fromVersion
                    + " to v" + SCHEMA_VERSION + ", but the backup taken first could not be written to " + target
                    + " (" + firstLine(e.getMessage()) + "); nothing was changed", e);
        }
    }

    private static void migrate(String url, String pw, Path file) {
        // Flyway's progress lines would mix with command output; warnings and errors still show.
        FLYWAY_LOGGER.setLevel(Level.WARNING);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, USER, pw)
                    .locations("classpath:db/migration")
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("database " + file + ": the schema could not be brought up to date: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Creates the data folder readable by its owner only (POSIX 700) where the file system supports it. */
    static void createPrivateFolder(Path folder) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Database files hold citizenships (personal data): owner read/write only (POSIX 600). */
    static void restrictToOwner(Path dbPath) {
        Path file = dataFile(dbPath);
        if (!Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> wanted = PosixFilePermissions.fromString("rw-------");
            if (!current.equals(wanted)) {
                Files.setPosixFilePermissions(file, wanted);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not our file to change (another user's, a read-only mount): leave it, the open itself succeeded.
        }
    }
}
