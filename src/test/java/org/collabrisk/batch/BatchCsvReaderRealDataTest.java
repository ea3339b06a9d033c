package org.collabrisk.batch;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads the real dev batch (../shared/data/papers/dev_authors.csv) when it is there; skips otherwise. */
class BatchCsvReaderRealDataTest {

    @Test
    void readsEveryRowOfTheDevBatch() {
        String shared = System.getProperty("collabrisk.shared.data");
        assumeTrue(shared != null, "collabrisk.shared.data not set");
        Path file = Path.of(shared, "papers", "dev_authors.csv");
        assumeTrue(Files.isRegularFile(file), "no dev batch at " + file);

        BatchInput in = new BatchCsvReader().read(file);
        assertEquals(40_169, in.recordsRead());
        assertEquals(8_761, in.papers().size());
        assertEquals(40_169, in.rows().size() + in.skippedRows());
        assertTrue(in.rows().stream().anyMatch(r -> r.affiliations().size() > 1), "'+' affiliations are split");
        for (RowProblem p : in.problems()) {
            assertTrue(p.line() >= 2, p.toString());
        }
        System.out.println("dev batch: " + in.rows().size() + " rows used, " + in.skippedRows() + " skipped, "
                + (in.problems().size() - in.skippedRows()) + " warnings; first: "
                + in.problems().stream().limit(5).map(p -> p.describe("dev_authors.csv")).toList());
    }
}
