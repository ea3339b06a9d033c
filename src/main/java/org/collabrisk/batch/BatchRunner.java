package org.collabrisk.batch;

import org.collabrisk.domain.InvalidInputException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One batch run end to end, the same for the CLI and the desktop view: import the papers CSV (bad files fail fast), load the lists,
 * screen, and return the result with the time each step took.
 */
public final class BatchRunner {

    private final ScreenerFactory screeners;

    public BatchRunner(ScreenerFactory screeners) {
        this.screeners = screeners;
    }

    public BatchResult run(Path papers, List<Path> lists, BatchSettings settings, BatchProgress progress,
                           BooleanSupplier cancelled) {
        if (lists.isEmpty()) {
            throw new InvalidInputException("no screening list given: pass --list FILE (a trade.gov Consolidated "
                    + "Screening List CSV/JSON, an OFAC SDN CSV or a custom list CSV name,aliases,country,list,notes)");
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        progress.update("import", 0, 1);
        BatchInput input = new BatchCsvReader().read(papers);
        progress.update("import", input.recordsRead(), input.recordsRead());
        long t1 = System.nanoTime();
        checkCancelled(cancelled);
        progress.update("lists", 0, lists.size());
        NameScreener screener = screeners.load(lists);
        progress.update("lists", lists.size(), lists.size());
        long t2 = System.nanoTime();
        checkCancelled(cancelled);
        BatchResult result = new BatchScreener(screener, settings).screen(input, progress, cancelled);
        timings.put("import", (t1 - t0) / 1_000_000);
        timings.put("listLoad", (t2 - t1) / 1_000_000);
        timings.putAll(result.timingsMillis());
        result.timingsMillis().clear();
        result.timingsMillis().putAll(timings);
        return result;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("batch run cancelled");
        }
    }
}
