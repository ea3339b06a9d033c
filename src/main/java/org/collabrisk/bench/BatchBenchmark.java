package org.collabrisk.bench;

import org.collabrisk.batch.BatchProgress;
import org.collabrisk.batch.BatchRunner;
import org.collabrisk.batch.BatchInput;
import org.collabrisk.batch.BatchReports;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.BatchRow;
import org.collabrisk.batch.BatchScreener;
import org.collabrisk.batch.BatchSettings;
import org.collabrisk.batch.ExactNameCheck;
import org.collabrisk.batch.NameKind;
import org.collabrisk.batch.NameScreener;
import org.collabrisk.batch.ScreeningEngineScreener;
import org.collabrisk.batch.ScreeningPolicy;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ScreeningList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Conference batch benchmark (issue 6): the dev batch ({@code ../shared/data/papers/dev_authors.csv}, 8,761 papers,
 * 40,169 author rows) against the April 2022 Consolidated Screening List, timed step by step in one cold run (list
 * load, import, screening, report), with the flagged papers per list, the exact-name verification (every paper
 * whose affiliation exactly names an Entity List entry must be flagged) and a simple baseline (every row's author
 * and affiliations screened one by one on one thread, no deduplication).
 *
 * <pre>
 * mvn -B -q -o package -DskipTests
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/collabrisk.jar org.collabrisk.bench.BatchBenchmark [PAPERS.csv] [LIST.csv]
 * </pre>
 * The JVM options matter for a run of a few seconds: without them the optimising compiler and the parallel
 * collector use about twice the CPU (docs/batch.md has both sets of figures).
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("collabrisk.shared.data", "../shared/data"));
        Path papers = args.length > 0 ? Path.of(args[0]) : shared.resolve("papers/dev_authors.csv");
        Path list = args.length > 1 ? Path.of(args[1]) : shared.resolve("csl/consolidated_2022-04.csv");
        for (Path p : List.of(papers, list)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("BatchBenchmark: " + p + " not found (run from the project folder next to ../shared, "
                        + "or pass PAPERS.csv LIST.csv)");
                System.exit(2);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Batch benchmark: %s against %s, %d threads, policy all, threshold %.2f, "
                        + "JVM options %s%n", papers.getFileName(), list.getFileName(), threads,
                BatchSettings.DEFAULT_THRESHOLD, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());

        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        // The same path as the CLI: the papers import runs while the lists load.
        BatchRunner.Prepared prepared = new BatchRunner(ScreeningEngineScreener.factory())
                .prepare(papers, List.of(list), BatchProgress.NONE, () -> false);
        ScreeningEngineScreener screener = (ScreeningEngineScreener) prepared.screener();
        BatchInput input = prepared.input();
        long t2 = System.nanoTime();
        long cpu2 = cpuNanos();
        BatchSettings settings = new BatchSettings(ScreeningPolicy.ALL, BatchSettings.DEFAULT_THRESHOLD, threads);
        BatchResult result = new BatchScreener(screener, settings).screen(input);
        long t3 = System.nanoTime();
        long cpu3 = cpuNanos();
        Path out = Files.createTempDirectory("batch-bench");
        BatchReports.saveCsv(result, out.resolve("report.csv"));
        BatchReports.saveHtml(result, out.resolve("report.html"));
        String json = BatchReports.toJson(result);
        long t4 = System.nanoTime();
        long cpu4 = cpuNanos();
        long wall = System.nanoTime() - wall0;
        long cpu = cpuNanos() - cpu0;

        int entries = screener.lists().stream().mapToInt(l -> l.entries().size()).sum();
        System.out.printf(Locale.ROOT, "list load:  %7d ms  (%,d entries; list load + import used %,.0f ms CPU)%n",
                prepared.listLoadMillis(), entries, ms(cpu2 - cpu0));
        System.out.printf(Locale.ROOT, "import:     %7d ms  (%,d rows, %,d papers, %d rows skipped, %d warnings; "
                        + "runs during the list load)%n", prepared.importMillis(), input.recordsRead(),
                input.papers().size(), input.skippedRows(), input.problems().size() - input.skippedRows());
        long matcherMs = result.timingsMillis().get("screening");
        System.out.printf(Locale.ROOT, "screening:  %7.0f ms  (matcher %,d ms for %,d distinct names out of %,d row names: "
                        + "%,.0f names/s; grouping per paper %,d ms; %,.0f ms CPU)%n", ms(t3 - t2), matcherMs,
                result.distinctNamesScreened(), rowNames(input),
                result.distinctNamesScreened() / Math.max(0.001, matcherMs / 1e3), result.timingsMillis().get("grouping"),
                ms(cpu3 - cpu2));
        System.out.printf(Locale.ROOT, "report:     %7.0f ms  (CSV, HTML, JSON %,d chars; %,.0f ms CPU)%n", ms(t4 - t3),
                json.length(), ms(cpu4 - cpu3));
        System.out.printf(Locale.ROOT, "whole run:  %7.0f ms  wall (target < 5,000 ms)  %s; process CPU %,.0f ms; "
                        + "machine load average %.1f on %d cores%n", ms(wall),
                wall < 5_000_000_000L ? "OK" : "OVER TARGET", ms(cpu), os.getSystemLoadAverage(), threads);

        System.out.printf(Locale.ROOT, "flagged papers: %,d of %,d%n", result.flaggedPapers(), result.papers());
        for (Map.Entry<String, Integer> e : result.flaggedPapersByList().entrySet()) {
            System.out.printf(Locale.ROOT, "  %-8s %,6d papers%n", e.getKey(), e.getValue());
        }
        long match = result.flagged().stream().filter(p -> "MATCH".equals(p.band())).count();
        System.out.printf(Locale.ROOT, "  with a MATCH-band reason: %,d; REVIEW only: %,d%n", match, result.flaggedPapers() - match);
        for (ScreeningPolicy p : ScreeningPolicy.values()) {
            long n = result.flagged().stream().filter(f -> f.findings().stream()
                    .anyMatch(x -> "EMBARGO".equals(x.list()) || p.includes(x.list()))).count();
            System.out.printf(Locale.ROOT, "  policy %-7s would short-list %,d papers%n", p.code(), n);
        }

        List<ListEntry> all = new ArrayList<>();
        for (ScreeningList l : screener.lists()) {
            all.addAll(l.entries());
        }
        ExactNameCheck.Outcome exact = ExactNameCheck.check(all, "EL", input, result);
        System.out.printf(Locale.ROOT, "exact Entity List names: %d/%d papers flagged %s%n", exact.found().size(),
                exact.expected().size(), exact.allFound() ? "OK" : "MISSED " + exact.missed());
        exact.expected().entrySet().stream().limit(5).forEach(e ->
                System.out.println("  e.g. " + e.getKey() + ": " + e.getValue()));

        // Baseline vs this design, both with a warm JIT (the cold run above paid the warm-up): the baseline screens
        // every row's names one by one on one thread, without deduplication.
        long w0 = System.nanoTime();
        new BatchScreener(screener, settings).screen(input);
        long warm = System.nanoTime() - w0;
        long b0 = System.nanoTime();
        long searches = 0;
        for (BatchRow row : input.rows()) {
            screener.search(row.author(), settings.threshold(), NameKind.PERSON);
            searches++;
            for (String a : row.affiliations()) {
                screener.search(a, settings.threshold(), NameKind.ORGANISATION);
                searches++;
            }
        }
        long baseline = System.nanoTime() - b0;
        System.out.printf(Locale.ROOT, "warm screening, dedupe + %d threads: %,.0f ms for %,d searches%n", threads,
                ms(warm), result.distinctNamesScreened());
        System.out.printf(Locale.ROOT, "warm baseline, no dedupe, 1 thread:  %,.0f ms for %,d searches%n", ms(baseline),
                searches);
        System.out.printf(Locale.ROOT, "speed-up over the baseline: %.1fx%n", baseline / (double) warm);

        // The batch's own cost without the matcher: a screener that answers from a map of the hits found above.
        java.util.Map<String, List<org.collabrisk.batch.ScreenedMatch>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        NameScreener recorded = new NameScreener() {
            @Override
            public List<org.collabrisk.batch.ScreenedMatch> search(String query, double threshold, NameKind kind) {
                return answers.computeIfAbsent(kind + query, k -> screener.search(query, threshold, kind));
            }

            @Override
            public List<org.collabrisk.domain.ListVersion> listVersions() {
                return screener.listVersions();
            }
        };
        new BatchScreener(recorded, settings).screen(input);
        long o0 = System.nanoTime();
        long oc0 = cpuNanos();
        BatchResult again = new BatchScreener(recorded, settings).screen(input);
        System.out.printf(Locale.ROOT, "batch overhead without the matcher (dedupe, fan-out, grouping of %,d flagged "
                + "papers): %,.0f ms wall, %,.0f ms CPU%n", again.flaggedPapers(), ms(System.nanoTime() - o0),
                ms(cpuNanos() - oc0));
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long rowNames(BatchInput input) {
        return input.rows().stream().mapToLong(r -> 1 + r.affiliations().size()).sum();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
