package org.collabrisk.service.selfcheck;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the self-check's steps hand to each other (the temporary folder, the parsed sample, an open database...),
 * and what must be cleaned up afterwards. Closing it closes every registered resource (latest first) and deletes
 * the temporary folders.
 */
public final class Context implements AutoCloseable {

    /** A typed name for a value a step puts in the context. */
    public record Key<T>(String description, Class<T> type) {
    }

    /** Thrown by {@link #require} when an earlier step did not produce what a later one needs. */
    static final class MissingPrerequisite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingPrerequisite(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<Key<?>, Object> values = new HashMap<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<Path> toDelete = new ArrayList<>();

    public <T> void put(Key<T> key, T value) {
        values.put(key, Objects.requireNonNull(value));
        if (value instanceof AutoCloseable c) {
            toClose.add(c);
        }
    }

    /** The value an earlier step made; if that step failed, the current step is reported as skipped. */
    public <T> T require(Key<T> key) {
        Object v = values.get(key);
        if (v == null) {
            throw new MissingPrerequisite("skipped: needs the " + key.description() + ", which an earlier step did not make");
        }
        return key.type().cast(v);
    }

    /** A new folder under the system temporary folder, deleted with everything in it when the check ends. */
    public Path createTemporaryFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        toDelete.add(dir);
        return dir;
    }

    @Override
    public void close() {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception ignored) {
                // best effort: the check's verdict is already made, and the folder below goes anyway
            }
        }
        for (Path dir : toDelete) {
            deleteRecursively(dir);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a temporary folder that cannot be removed is left to the OS's temp cleaning
        }
    }
}
