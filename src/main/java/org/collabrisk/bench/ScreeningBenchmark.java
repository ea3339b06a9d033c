package org.collabrisk.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.screening.CaseScreener;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.screening.NameMatch;
import org.collabrisk.screening.NameNormalizer;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.screening.SearchOptions;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screening benchmark (docs/screening.md): screens every author name and every affiliation (split on "+") of the
 * conference batch against the Consolidated Screening List, with the index on one thread and on all cores, and a
 * brute-force baseline (same normaliser and scorer over every alias) on an evenly spread sample; prints load time,
 * queries/s, the speed ratio, heap with the list loaded, and how many affiliations are flagged against how many
 * exact normalised-name matches exist (each must be found).
 *
 * <pre>java -cp target/collabrisk.jar org.collabrisk.bench.ScreeningBenchmark [AUTHORS.csv] [LIST.csv] [BASELINE_SAMPLE]</pre>
 */
public final class ScreeningBenchmark {

    private record Query(String text, boolean affiliation) {
    }

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path authors = Path.of(args.length > 0 ? args[0] : "../shared/data/papers/dev_authors.csv");
        Path listFile = Path.of(args.length > 1 ? args[1] : "../shared/data/csl/consolidated_2022-04.csv");
        int sampleSize = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        double threshold = ScreeningIndex.REVIEW_THRESHOLD;
        int cores = Runtime.getRuntime().availableProcessors();

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        ScreeningList list = ListImporters.importFile(listFile);
        long t1 = System.nanoTime();
        ScreeningIndex index = ScreeningIndex.build(List.of(list));
        long t2 = System.nanoTime();
        long heapWithList = usedHeap();
        System.out.printf(Locale.ROOT, "list: %s, %,d rows, %,d entries, %,d aliases indexed (as of %s)%n", listFile,
                list.version().rows(), index.entryCount(), index.aliasCount(), list.version().asOf());
        System.out.printf(Locale.ROOT, "list load time: import %.2f s + index build %.2f s = %.2f s%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (t2 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "heap used with the full list loaded and indexed: %.1f MB (%.1f MB before loading; max heap %.0f MB)%n",
                heapWithList / 1e6, heapBefore / 1e6, Runtime.getRuntime().maxMemory() / 1e6);

        List<Query> queries = new ArrayList<>();
        List<String> affiliations = new ArrayList<>();
        int rows = 0;
        try (Reader r = Files.newBufferedReader(authors, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                rows++;
                String author = rec.get("author").trim();
                if (!author.isEmpty()) {
                    queries.add(new Query(author, false));
                }
                for (String part : rec.get("affiliation").split("\\+")) {
                    String a = part.trim();
                    if (!a.isEmpty()) {
                        queries.add(new Query(a, true));
                        affiliations.add(a);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "queries: %,d (%,d author names + %,d affiliations from %,d rows of %s)%n", queries.size(),
                queries.size() - affiliations.size(), affiliations.size(), rows, authors);

        SearchOptions names = SearchOptions.forPersonNames(Set.of());
        SearchOptions affs = SearchOptions.forAffiliations(Set.of());

        // single thread, cold caches (the first pass also warms the JIT)
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long s0 = System.nanoTime();
        List<List<NameMatch>> results = new ArrayList<>(queries.size());
        for (Query q : queries) {
            results.add(index.search(q.text, threshold, q.affiliation ? affs : names));
        }
        double singleCold = queries.size() / ((System.nanoTime() - s0) / 1e9);
        double singleColdCpu = queries.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        long c1 = cpu.getCurrentThreadCpuTime();
        long s1 = System.nanoTime();
        for (Query q : queries) {
            index.search(q.text, threshold, q.affiliation ? affs : names);
        }
        double singleWarm = queries.size() / ((System.nanoTime() - s1) / 1e9);
        double singleWarmCpu = queries.size() / ((cpu.getCurrentThreadCpuTime() - c1) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(cores);
        AtomicLong sink = new AtomicLong();
        AtomicLong workerCpu = new AtomicLong();
        long m0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        int chunk = (queries.size() + cores - 1) / cores;
        for (int c = 0; c < cores; c++) {
            List<Query> part = queries.subList(Math.min(queries.size(), c * chunk), Math.min(queries.size(), (c + 1) * chunk));
            futures.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long n = 0;
                for (Query q : part) {
                    n += index.search(q.text, threshold, q.affiliation ? affs : names).size();
                }
                sink.addAndGet(n);
                workerCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double multi = queries.size() / ((System.nanoTime() - m0) / 1e9);
        pool.shutdown();

        // brute-force baseline on an evenly spread sample, and its hits compared with the index's
        int step = Math.max(1, queries.size() / sampleSize);
        List<Query> sample = new ArrayList<>();
        for (int i = 0; i < queries.size() && sample.size() < sampleSize; i += step) {
            sample.add(queries.get(i));
        }
        long bc0 = cpu.getCurrentThreadCpuTime();
        long b0 = System.nanoTime();
        List<List<NameMatch>> baseline = new ArrayList<>();
        for (Query q : sample) {
            baseline.add(index.searchBruteForce(q.text, threshold, q.affiliation ? affs : names));
        }
        double baselineRate = sample.size() / ((System.nanoTime() - b0) / 1e9);
        double baselineCpu = sample.size() / ((cpu.getCurrentThreadCpuTime() - bc0) / 1e9);
        int baselineHits = 0;
        int missedByIndex = 0;
        for (int i = 0, qi = 0; i < queries.size() && qi < sample.size(); i += step, qi++) {
            Set<String> found = new HashSet<>();
            results.get(i).forEach(m -> found.add(m.list() + "|" + m.entryId()));
            for (NameMatch m : baseline.get(qi)) {
                baselineHits++;
                if (!found.contains(m.list() + "|" + m.entryId())) {
                    missedByIndex++;
                    System.out.println("  baseline hit missed by the index: " + m.why());
                }
            }
        }

        // flagged affiliations vs exact normalised-name matches (computed independently of the index)
        NameNormalizer norm = NameNormalizer.shared();
        Map<String, Set<String>> entriesByKey = new HashMap<>();
        for (ListEntry e : list.entries()) {
            for (String n : e.allNames()) {
                String k = norm.key(n);
                if (!k.isEmpty()) {
                    entriesByKey.computeIfAbsent(k, x -> new HashSet<>()).add(e.list() + "|" + e.id());
                }
            }
        }
        CaseScreener screener = new CaseScreener(index, threshold);
        int flagged = 0;
        int flaggedMatch = 0;
        int exact = 0;
        int exactFound = 0;
        Set<String> exactDistinct = new HashSet<>();
        Set<String> flaggedDistinct = new HashSet<>();
        Map<String, Integer> flaggedByList = new HashMap<>();
        for (String a : affiliations) {
            List<NameMatch> hits = screener.screenAffiliation(a, Set.of());
            if (!hits.isEmpty()) {
                flagged++;
                flaggedDistinct.add(a);
                if (hits.get(0).band().name().equals("MATCH")) {
                    flaggedMatch++;
                }
                flaggedByList.merge(hits.get(0).list(), 1, Integer::sum);
            }
            Set<String> expected = entriesByKey.get(norm.key(a));
            if (expected != null) {
                exact++;
                exactDistinct.add(a);
                Set<String> got = new HashSet<>();
                for (NameMatch m : index.search(a, threshold)) {
                    got.add(m.list() + "|" + m.entryId());
                }
                if (got.containsAll(expected)) {
                    exactFound++;
                } else {
                    System.out.println("  exact match NOT found: " + a + " expected " + expected + " got " + got);
                }
            }
        }
        int flaggedNames = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (!queries.get(i).affiliation && !results.get(i).isEmpty()) {
                flaggedNames++;
            }
        }

        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f (figures per CPU-second do not depend on other load)%n",
                cores, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "queries/s, index, 1 thread, first pass (cold caches, JIT warming): %,.0f wall-clock, %,.0f per CPU-second%n",
                singleCold, singleColdCpu);
        System.out.printf(Locale.ROOT, "queries/s, index, 1 thread, second pass: %,.0f wall-clock, %,.0f per CPU-second%n", singleWarm, singleWarmCpu);
        double perCpuMulti = queries.size() / (workerCpu.get() / 1e9);
        System.out.printf(Locale.ROOT, "queries/s, index, %d threads (all cores), third pass: %,.0f wall-clock; %,.0f per CPU-second per thread, "
                + "so %,.0f on %d idle cores%n", cores, multi, perCpuMulti, perCpuMulti * cores, cores);
        System.out.printf(Locale.ROOT, "queries/s, brute-force baseline, 1 thread (%d sampled queries): %,.1f wall-clock, %,.1f per CPU-second%n",
                sample.size(), baselineRate, baselineCpu);
        System.out.printf(Locale.ROOT, "speed ratio index/baseline, per CPU-second: %,.0fx (first pass) / %,.0fx (second pass)%n",
                singleColdCpu / baselineCpu, singleWarmCpu / baselineCpu);
        System.out.printf(Locale.ROOT, "baseline hits on the sample: %d, missed by the index: %d%n", baselineHits, missedByIndex);
        System.out.printf(Locale.ROOT, "affiliations flagged (score >= %.2f): %,d of %,d (%,d distinct; %,d in band MATCH); top hit by list: %s%n",
                threshold, flagged, affiliations.size(), flaggedDistinct.size(), flaggedMatch, flaggedByList);
        System.out.printf(Locale.ROOT, "exact normalised-name matches among affiliations: %,d (%,d distinct); found by the index: %,d%s%n",
                exact, exactDistinct.size(), exactFound, exact == exactFound ? " (all)" : " (NOT ALL)");
        System.out.printf(Locale.ROOT, "author names flagged: %,d of %,d%n", flaggedNames, queries.size() - affiliations.size());
        System.out.printf(Locale.ROOT, "heap used after the run: %.1f MB%n", usedHeap() / 1e6);
        if (sink.get() < 0) {
            System.out.println(sink.get());
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
