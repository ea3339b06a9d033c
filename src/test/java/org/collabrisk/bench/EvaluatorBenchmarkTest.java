package org.collabrisk.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark program runs end to end (a few iterations; the figures themselves are not asserted). */
class EvaluatorBenchmarkTest {
    @Test
    void benchmarkRunsAndPrintsOneLinePerRuleSet() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            EvaluatorBenchmark.main(new String[]{"5"});
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("120 releases per assessment"), out);
        for (String id : new String[]{"ear-2026", "ai-diffusion-2025", "frontier-thresholds-2026"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(id) && l.contains("median") && l.contains("ratio")), out);
        }
    }
}
