package org.collabrisk.batch;

import org.collabrisk.domain.InvalidInputException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One batch run end to end, the same for the CLI, the desktop view and the benchmark: import the papers CSV while
 * the lists load (the two do not depend on each other, so on two cores the import is nearly free), screen, and
 * return the result with the time each step took ({@code import}, {@code listLoad}, {@code screening},
 * {@code grouping}, and {@code wall} for the whole run).
 */
public final class BatchRunner {

    private final ScreenerFactory screeners;

    public BatchRunner(ScreenerFactory screeners) {
        this.screeners = screeners;
    }

    /** The papers and the loaded lists, ready to screen, with how long each took. */
    public record Prepared(BatchInput input, NameScreener screener, long importMillis, long listLoadMillis) {
    }

    public BatchResult run(Path papers, List<Path> lists, BatchSettings settings, BatchProgress progress,
                           BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Prepared prepared = prepare(papers, lists, progress, cancelled);
        BatchResult result = new BatchScreener(prepared.screener(), settings).screen(prepared.input(), progress, cancelled);
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("import", prepared.importMillis());
        timings.put("listLoad", prepared.listLoadMillis());
        timings.putAll(result.timingsMillis());
        timings.put("wall", (System.nanoTime() - start) / 1_000_000);
        result.timingsMillis().clear();
        result.timingsMillis().putAll(timings);
        return result;
    }

    /** Imports the papers CSV on a second thread while the lists load on this one. */
    public Prepared prepare(Path papers, List<Path> lists, BatchProgress progress, BooleanSupplier cancelled) {
        if (lists.isEmpty()) {
            throw new InvalidInputException("no screening list given: pass --list FILE (a trade.gov Consolidated "
                    + "Screening List CSV/JSON, an OFAC SDN CSV or a custom list CSV name,aliases,country,list,notes)");
        }
        AtomicLong importNanos = new AtomicLong();
        CompletableFuture<BatchInput> importing = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            progress.update("import", 0, 1);
            BatchInput input = new BatchCsvReader().read(papers);
            progress.update("import", input.recordsRead(), input.recordsRead());
            importNanos.set(System.nanoTime() - t);
            return input;
        }, r -> {
            Thread th = new Thread(r, "batch-import");
            th.setDaemon(true);
            th.start();
        });
        long t = System.nanoTime();
        NameScreener screener;
        try {
            progress.update("lists", 0, lists.size());
            screener = screeners.load(lists);
            progress.update("lists", lists.size(), lists.size());
        } catch (RuntimeException e) {
            // A bad papers file is the more useful message when both are bad: report it first.
            BatchInput input = joinQuietly(importing);
            if (input == null) {
                join(importing);
            }
            throw e;
        }
        long listNanos = System.nanoTime() - t;
        BatchInput input = join(importing);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("batch run cancelled");
        }
        return new Prepared(input, screener, importNanos.get() / 1_000_000, listNanos / 1_000_000);
    }

    private static BatchInput join(CompletableFuture<BatchInput> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static BatchInput joinQuietly(CompletableFuture<BatchInput> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
