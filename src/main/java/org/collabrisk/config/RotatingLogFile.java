package org.collabrisk.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A log handler that always writes {@code <folder>/<name>} (e.g. {@code logs/collabrisk.log}) and, when that file
 * passes {@code limitBytes}, renames it to {@code <name>.1} (older ones to {@code .2}, ... up to {@code keep}).
 * <p>
 * Why not {@link java.util.logging.FileHandler}: it names the current file {@code collabrisk.log.0} and creates
 * files with the process umask, while log files may hold case ids and paths that are nobody else's business:
 * here the folder is created {@code rwx------} and every file {@code rw-------} (on POSIX file systems; on Windows
 * the per-user {@code %APPDATA%} is already private).
 * <p>
 * The desktop app and a command may run at once: every write appends, rotation is done under a file lock, and a
 * process whose file was rotated by the other one reopens the new file before its next write.
 */
public final class RotatingLogFile extends Handler {

    static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> USER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path folder;
    private final Path current;
    private final long limitBytes;
    private final int keep;
    private final boolean posix;
    private OutputStream out;
    private Object openedFileKey;

    /**
     * @param limitBytes size after which the file is rotated
     * @param keep       how many rotated files are kept besides the current one (0 = truncate instead)
     */
    public RotatingLogFile(Path folder, String name, long limitBytes, int keep, Formatter formatter) throws IOException {
        if (limitBytes < 1024 || keep < 0) {
            throw new IllegalArgumentException("limitBytes must be at least 1024 and keep at least 0");
        }
        this.folder = folder.toAbsolutePath();
        this.current = this.folder.resolve(name);
        this.limitBytes = limitBytes;
        this.keep = keep;
        this.posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        setFormatter(Objects.requireNonNull(formatter));
        createPrivateFolder(this.folder);
        open();
    }

    public Path file() {
        return current;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String text;
        try {
            text = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError("could not format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            reopenIfRotatedElsewhere();
            if (Files.size(current) >= limitBytes) {
                rotate();
            }
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            reportError("could not write " + current, e, ErrorManager.WRITE_FAILURE);
        }
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError("could not flush " + current, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError("could not close " + current, e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }

    /** Creates a folder (and missing parents) that only the current user may read, or tightens an existing one. */
    static void createPrivateFolder(Path dir) throws IOException {
        boolean posixFs = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
            try {
                if (posixFs) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(USER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process created it between the check and here: fine
            }
        }
        if (posixFs) {
            Files.setPosixFilePermissions(dir, USER_ONLY_FOLDER);
        }
    }

    private void open() throws IOException {
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(USER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        FileChannel channel = FileChannel.open(current,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), attrs);
        if (posix) {
            // an existing file from an older version or another tool may be wider than user-only
            Files.setPosixFilePermissions(current, USER_ONLY_FILE);
        }
        out = Channels.newOutputStream(channel);
        openedFileKey = fileKey(current);
    }

    private void reopenIfRotatedElsewhere() throws IOException {
        Object key = Files.exists(current) ? fileKey(current) : null;
        if (key == null || !key.equals(openedFileKey)) {
            out.close();
            open();
        }
    }

    private void rotate() throws IOException {
        Path lockFile = folder.resolve(current.getFileName() + ".lock");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(USER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        try (FileChannel lockChannel = FileChannel.open(lockFile,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), attrs);
             FileLock ignored = lockChannel.lock()) {
            // another process may have rotated while we waited for the lock
            if (Files.exists(current) && fileKey(current).equals(openedFileKey) && Files.size(current) >= limitBytes) {
                out.close();
                if (keep == 0) {
                    Files.delete(current);
                } else {
                    Files.deleteIfExists(rotated(keep));
                    for (int i = keep - 1; i >= 1; i--) {
                        if (Files.exists(rotated(i))) {
                            Files.move(rotated(i), rotated(i + 1), StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                    Files.move(current, rotated(1), StandardCopyOption.ATOMIC_MOVE);
                }
            } else {
                out.close();
            }
            open();
        }
    }

    private Path rotated(int generation) {
        return folder.resolve(current.getFileName() + "." + generation);
    }

    private static Object fileKey(Path p) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            // Windows has no file key: fall back to the creation time, which a rotation changes
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
