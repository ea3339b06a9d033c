package org.collabrisk.cli;

import org.collabrisk.service.selfcheck.SelfCheck;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfCheckCommandTest {

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = CollabRiskCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void selfCheckPrintsOneTimedLinePerStepAndExitsZero() {
        Run r = run("--self-check");
        assertEquals(0, r.exit(), r.out());
        assertTrue(Pattern.compile("(?m)^ok {3}check Java runtime modules +\\d+ ms").matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("(?m)^ok {3}read built-in sample case +\\d+ ms").matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("(?m)^ok {3}open temporary database, run migrations +\\d+ ms").matcher(r.out()).find(),
                r.out());
        assertTrue(Pattern.compile("(?m)^ok {3}assess sample case +\\d+ ms +\\(ear-2026: NOT_SUBJECT")
                .matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("self-check passed"), r.out());
    }

    @Test
    void aFailingStepMakesTheExitStatusNonZeroAndSaysWhy() {
        StringWriter out = new StringWriter();
        int exit = SelfCheckPrinter.run(List.of(
                new SelfCheck.Step("fine", ctx -> null),
                new SelfCheck.Step("open temporary database", ctx -> {
                    throw new java.io.IOException("no space left on device");
                })), new PrintWriter(out));
        assertEquals(CollabRiskCommand.EXIT_INTERNAL, exit);
        assertTrue(out.toString().contains("FAIL open temporary database"), out.toString());
        assertTrue(out.toString().contains("IOException: no space left on device"), out.toString());
        assertTrue(out.toString().contains("self-check FAILED: 1 of 2 steps did not pass"), out.toString());
    }

    @Test
    void versionPrintsTheMavenVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>collabrisk</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertEquals("CollabRisk " + m.group(1), r.out().strip());
    }

    @Test
    void noOptionPrintsUsage() {
        Run r = run();
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: collabrisk"), r.out());
    }
}
