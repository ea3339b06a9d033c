package org.collabrisk.bench;

import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.service.CaseService;
import org.collabrisk.store.Database;
import org.collabrisk.store.JdbcCaseStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stores 10,000 generated cases and prints: cases saved per second (batched transactions, against the baseline of
 * one transaction per case), the time to list all cases from the listing columns (against parsing every case's
 * JSON), and the time to open the database (in this JVM, and in a fresh JVM as the CLI does). Targets: listing
 * 10,000 cases under 300 ms, opening under 500 ms.
 * <pre>java -cp target/collabrisk.jar org.collabrisk.bench.StoreBenchmark [cases]</pre>
 */
public final class StoreBenchmark {

    private static final int BATCH = 500;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open-only")) {
            long t0 = System.nanoTime();
            try (Database db = Database.open(Path.of(args[1]))) {
                long openNs = System.nanoTime() - t0;
                db.read(c -> new JdbcCaseStore().count(c));
                System.out.println(openNs / 1_000_000.0);
            }
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("collabrisk-bench");
        try {
            run(dir, n);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path dir, int n) throws Exception {
        System.out.printf("StoreBenchmark: %d generated cases, H2 file in %s, %d cores, Java %s%n", n, dir,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<ResearchCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cases.add(SampleCases.generate("bench", i, 7));
        }
        Path dbPath = dir.resolve("bench");
        int baselineCount = Math.min(1_000, n);
        // warm-up in a separate database, so JIT compilation is not billed to the first measurement
        try (Database warmDb = Database.open(dir.resolve("warm-up"))) {
            CaseService warmService = new CaseService(warmDb, "bench");
            List<ResearchCase> warm = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                warm.add(SampleCases.generate("warm", i, 1));
            }
            warmService.saveAll(warm);
            for (int i = 0; i < 100; i++) {
                warmService.save(SampleCases.generate("warm1", i, 1));
            }
            warmService.list(null, false);
        }
        try (Database db = Database.open(dbPath)) {
            CaseService service = new CaseService(db, "bench");

            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += BATCH) {
                service.saveAll(cases.subList(from, Math.min(n, from + BATCH)));
            }
            double batchedSeconds = (System.nanoTime() - t0) / 1e9;
            double batchedRate = n / batchedSeconds;

            List<ResearchCase> single = new ArrayList<>(baselineCount);
            for (int i = 0; i < baselineCount; i++) {
                single.add(SampleCases.generate("single", i, 7));
            }
            double singleSeconds;
            try (Database singleDb = Database.open(dir.resolve("baseline"))) {
                CaseService singleService = new CaseService(singleDb, "bench");
                t0 = System.nanoTime();
                for (ResearchCase c : single) {
                    singleService.save(c);
                }
                singleSeconds = (System.nanoTime() - t0) / 1e9;
            }
            double singleRate = baselineCount / singleSeconds;

            System.out.printf("save, batched (%d cases per transaction): %,.0f cases/s (%d cases in %.2f s)%n", BATCH,
                    batchedRate, n, batchedSeconds);
            System.out.printf("save, baseline (one transaction per case, like typing them in): %,.0f cases/s "
                    + "(%d cases in %.2f s)%n", singleRate, baselineCount, singleSeconds);
            System.out.printf("  batched / one-per-transaction = %.1fx%n", batchedRate / singleRate);

            int total = service.list(null, true).size();
            double[] listMs = new double[7];
            int listed = 0;
            for (int i = 0; i < listMs.length; i++) {
                t0 = System.nanoTime();
                listed = service.list(null, false).size();
                listMs[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] parseMs = new double[3];
            for (int i = 0; i < parseMs.length; i++) {
                t0 = System.nanoTime();
                List<String> all = db.read(c -> new JdbcCaseStore().allJson(c, false));
                List<ResearchCase> parsed = new ArrayList<>(all.size());
                for (String json : all) {
                    parsed.add(CaseJson.read(json, "stored case"));
                }
                parsed.sort(Comparator.comparing(ResearchCase::id));
                parseMs[i] = (System.nanoTime() - t0) / 1e6;
            }
            double list = median(listMs);
            double parse = median(parseMs);
            System.out.printf("list all %d cases from the columns: median %.1f ms (min %.1f, max %.1f of %d runs; "
                    + "target < 300 ms) %s%n", listed, list, Arrays.stream(listMs).min().orElse(0),
                    Arrays.stream(listMs).max().orElse(0), listMs.length, list < 300 ? "OK" : "ABOVE TARGET");
            System.out.printf("list baseline, parsing every case's JSON: median %.1f ms (%d runs)%n", parse,
                    parseMs.length);
            System.out.printf("  JSON parsing / columns = %.1fx%n", parse / list);
            System.out.printf("database now holds %d cases, file %,d bytes%n", total,
                    Files.size(Database.dataFile(dbPath)));
        }

        double[] warmOpen = new double[5];
        for (int i = 0; i < warmOpen.length; i++) {
            long t0 = System.nanoTime();
            try (Database db = Database.open(dbPath)) {
                warmOpen[i] = (System.nanoTime() - t0) / 1e6;
                db.read(c -> new JdbcCaseStore().count(c));
            }
        }
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cold.add(openInFreshJvm(dbPath));
        }
        double coldMedian = median(cold.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("open the %d-case database, warm JVM: median %.1f ms (%d runs; target < 500 ms) %s%n", n,
                median(warmOpen), warmOpen.length, median(warmOpen) < 500 ? "OK" : "ABOVE TARGET");
        System.out.printf("open in a fresh JVM (as each CLI command does, class loading included): median %.1f ms "
                + "(runs %s; target < 500 ms) %s%n", coldMedian, cold, coldMedian < 500 ? "OK" : "ABOVE TARGET");
        System.out.printf("  fresh / warm = %.1fx%n", coldMedian / median(warmOpen));
    }

    private static double openInFreshJvm(Path dbPath) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StoreBenchmark.class.getName(), "--open-only",
                dbPath.toString()).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("the fresh JVM failed to open the database: " + last);
        }
        return Math.round(Double.parseDouble(last.trim()) * 10) / 10.0;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
