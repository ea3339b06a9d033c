package org.collabrisk.bench;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;
import org.collabrisk.rules.Evaluator;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Assesses a generated case of 20 people x 6 artifacts (120 releases, with remediation) repeatedly on one thread
 * and prints the median and p99 latency per assessment and assessments per second, for each built-in rule set.
 * Baseline in the same run: the same evaluator, but re-reading the rule set from its JSON on every call (what an
 * implementation without precomputed rule sets would pay). Run:
 * {@code java -cp target/collabrisk.jar org.collabrisk.bench.EvaluatorBenchmark [iterations]}.
 */
public final class EvaluatorBenchmark {

    private EvaluatorBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        ResearchCase c = generatedCase();
        List<ScreeningHit> hits = List.of(
                new ScreeningHit("p3", "affiliation", "EL", "bench-1", "Harbin Institute of Technology",
                        "Harbin Institute of Technology", 1.0, "MATCH", "For all items subject to the EAR",
                        "Presumption of denial"),
                new ScreeningHit("p11", "affiliation", "UVL", "bench-2", "Example Trading Co.", "Example Trading",
                        0.83, "REVIEW", null, null));
        Evaluator evaluator = new Evaluator();
        System.out.printf("Case: %d people x %d artifacts = %d releases per assessment; %d timed assessments on one"
                        + " thread; java %s, %d CPUs, load average %.1f%n", c.people().size(), c.artifacts().size(),
                c.people().size() * c.artifacts().size(), iterations, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (RuleSet rs : RuleSetCatalog.builtIns()) {
            Assessment sample = evaluator.assess(c, rs, hits);
            long[] fast = time(iterations, Math.min(2_000, iterations), () -> evaluator.assess(c, rs, hits));
            // A re-read copy must carry its own id: built-in ids are reserved for the built-in rule sets.
            String json = rs.json().replace("\"id\" : \"" + rs.id() + "\"", "\"id\" : \"bench-" + rs.id() + "\"");
            int baselineIterations = Math.max(Math.min(200, iterations), iterations / 10);
            long[] slow = time(baselineIterations, Math.min(200, iterations),
                    () -> evaluator.assess(c, RuleSetCatalog.load(json, "bench"), hits));
            double med = median(fast);
            double baseMed = median(slow);
            System.out.printf("%-25s %-11s %3d releases  median %6.3f ms  p99 %7.3f ms  %6.0f assessments/s"
                            + " (%6.0f/s at the median)  | baseline: re-read rule set per call, median %6.3f ms;"
                            + " ratio %.1fx%n",
                    rs.id(), sample.overall(), sample.releases().size(), med / 1e6, pct(fast, 0.99) / 1e6,
                    1e9 / mean(fast), 1e9 / med, baseMed / 1e6, baseMed / med);
        }
    }

    private static long[] time(int iterations, int warmup, Runnable r) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        long[] t = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    private static double median(long[] sorted) {
        return pct(sorted, 0.5);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double mean(long[] t) {
        double s = 0;
        for (long x : t) {
            s += x;
        }
        return s / t.length;
    }

    /** 20 people of varied status and nationality, 6 artifacts of varied kind: exercises every step. */
    static ResearchCase generatedCase() {
        String[][] people = {
                {"US", null, "CITIZEN", "US"}, {"CN", null, "FOREIGN_PERSON", "US"}, {"CN", null, "FOREIGN_PERSON", "CN"},
                {"IN", null, "FOREIGN_PERSON", "US"}, {"DE", null, "FOREIGN_PERSON", "DE"}, {"RU", null, "FOREIGN_PERSON", "US"},
                {"IR", null, "FOREIGN_PERSON", "US"}, {"KR", "US", "PERMANENT_RESIDENT", "US"}, {"CN,CA", "CA", "FOREIGN_PERSON", "US"},
                {"HK", null, "FOREIGN_PERSON", "US"}, {"MO", null, "FOREIGN_PERSON", "US"}, {"FR", null, "FOREIGN_PERSON", "FR"},
                {"GB", null, "FOREIGN_PERSON", "GB"}, {"CU,ES", "ES", "FOREIGN_PERSON", "US"}, {"SY", null, "FOREIGN_PERSON", "US"},
                {"UA", null, "FOREIGN_PERSON", "US"}, {"BR", null, "UNKNOWN", "US"}, {"JP", null, "FOREIGN_PERSON", "JP"},
                {"", null, "FOREIGN_PERSON", "US"}, {"VN", null, "FOREIGN_PERSON", "SG"}};
        List<Person> ps = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            List<Country> cits = new ArrayList<>();
            for (String code : p[0].split(",")) {
                if (!code.isEmpty()) {
                    cits.add(Country.of(code));
                }
            }
            ps.add(new Person("p" + (i + 1), "Researcher " + (i + 1), "Affiliation " + (i + 1), Country.of(p[3]),
                    cits, null, p[1] == null ? null : Country.of(p[1]), UsStatus.valueOf(p[2]), Country.of(p[3])));
        }
        List<Artifact> as = List.of(
                new Artifact("w", ArtifactKind.MODEL_WEIGHTS, "checkpoint", false, false, null, 1.3e26, 4e11, false,
                        null, Map.of("MMLU", 88.0, "GPQA_DIAMOND", 55.0, "AGENTBENCH", 7.0), Encryption.NONE,
                        Channel.CLOUD_STORAGE, List.of()),
                new Artifact("f", ArtifactKind.MODEL_WEIGHTS, "fine-tune", false, false, null, null, 7e10, false,
                        new DerivedFrom(true, 1.2e26, 3e24), Map.of(), Encryption.NONE, Channel.EMAIL, List.of()),
                new Artifact("c", ArtifactKind.SOURCE_CODE, "training code", false, null, null, null, null, null,
                        null, Map.of(), Encryption.NONE, Channel.REPOSITORY_ACCESS, List.of()),
                new Artifact("x", ArtifactKind.SOURCE_CODE, "crypto library", false, true, null, null, null, null,
                        null, Map.of(), Encryption.NON_STANDARD, Channel.REPOSITORY_ACCESS, List.of()),
                new Artifact("t", ArtifactKind.ARCHITECTURE, "accelerator notes", false, false, "3E001", null, null,
                        null, null, Map.of(), Encryption.NONE, Channel.EMAIL, List.of()),
                new Artifact("m", ArtifactKind.MANUSCRIPT, "draft", false, true, null, null, null, null, null,
                        Map.of(), Encryption.NONE, Channel.EMAIL, List.of()));
        return new ResearchCase(1, "bench", "Benchmark case", new Paper("Benchmark paper", "NeurIPS", Stage.DRAFT,
                true, PublicationRestrictions.SPONSOR_MAY_WITHHOLD), ps, as);
    }
}
