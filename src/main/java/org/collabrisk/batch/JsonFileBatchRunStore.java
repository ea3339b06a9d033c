package org.collabrisk.batch;

import org.collabrisk.exchange.AtomicFiles;

import java.nio.file.Path;

/**
 * Saves a batch run as a JSON file (the whole {@link BatchResult}: input SHA-256, list versions and hashes,
 * settings, results) when no database is used. Written atomically and readable by its owner only
 * ({@link AtomicFiles}), so a crash never leaves half a record.
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
        return report.toAbsolutePath().resolveSibling(base + ".run.json");
    }

    @Override
    public String save(BatchResult run) {
        AtomicFiles.writeString(file, BatchReports.toJson(run));
        return file.toString();
    }
}
