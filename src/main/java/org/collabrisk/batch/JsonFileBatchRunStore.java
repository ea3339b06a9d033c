package org.collabrisk.batch;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.exchange.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves a batch run as a JSON file (the whole {@link BatchResult}) when no database is used. The file is written
 * to a temporary name and moved into place, so a crash never leaves half a record.
 */
public final class JsonFileBatchRunStore implements BatchRunStore {

    private final Path file;

    public JsonFileBatchRunStore(Path file) {
        this.file = file;
    }

    /** The audit file that goes with a report: {@code report.csv} → {@code report.run.json}. */
    public static Path nextTo(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return report.resolveSibling(base + ".run.json");
    }

    @Override
    public String save(BatchResult run) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".batch-run", ".tmp");
            try {
                Json.mapper().writeValue(tmp.toFile(), run);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return file.toString();
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot save the batch run record (" + e.getMessage() + ")", e);
        }
    }
}
