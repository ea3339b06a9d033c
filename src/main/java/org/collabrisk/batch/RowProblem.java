package org.collabrisk.batch;

/**
 * A row of a batch CSV the import could not use ({@link Severity#SKIPPED}) or used with a caveat
 * ({@link Severity#WARNING}, e.g. a country name that is not recognised and so is treated as unknown).
 * {@code line} is the 1-based physical line where the record starts (the header is line 1).
 */
public record RowProblem(long line, String field, Severity severity, String problem) {
    public enum Severity { SKIPPED, WARNING }

    /** One sentence naming the file and the line, for stderr and the reports. */
    public String describe(String fileName) {
        return fileName + " line " + line + (field == null ? "" : ", column '" + field + "'") + ": " + problem
                + (severity == Severity.SKIPPED ? " (row skipped)" : "");
    }
}
