package org.collabrisk.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch CSV as imported: the usable rows, the problems found (with line numbers), how many data records
 * were read, and the SHA-256 of the file's bytes (kept with the run for audit).
 */
public record BatchInput(String fileName, String sha256, long recordsRead, List<BatchRow> rows,
                         List<RowProblem> problems) {
    public BatchInput {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public long skippedRows() {
        return problems.stream().filter(p -> p.severity() == RowProblem.Severity.SKIPPED).count();
    }

    /** Paper ids in first-seen order with their titles. */
    public Map<String, String> papers() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BatchRow r : rows) {
            m.putIfAbsent(r.paperId(), r.title());
        }
        return m;
    }
}
