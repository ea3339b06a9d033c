package org.collabrisk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.batch.FixtureScreener;
import org.collabrisk.exchange.Json;
import org.collabrisk.service.BatchRunService;
import org.collabrisk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CollabRiskCommand.commandLine();
        // Replace the registered batch command by one using the hand-made fixture screener.
        cl.getCommandSpec().removeSubcommand("batch");
        cl.addSubcommand("batch", new BatchCommand(FixtureScreener.factory()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.setOut(new PrintWriter(out, true));
            sub.setErr(new PrintWriter(err, true));
        }
        return cl.execute(args);
    }

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/collabrisk/batch/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @Test
    void theRegisteredCommandScreensWithTheRealEngine() throws Exception {
        CommandLine cl = CollabRiskCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Path csv = dir.resolve("engine.csv");
        int code = cl.execute("batch", resource("papers_small.csv").toString(), "--list",
                resource("custom_list.csv").toString(), "--policy", "sdn+el", "--out", csv.toString(),
                "--db", dir.resolve("db").toString());
        assertEquals(0, code, err.toString());
        String report = Files.readString(csv);
        assertTrue(report.contains("p3,A Review-Band Paper,Sara Reviewer,affiliation,"), report);
        assertTrue(out.toString().contains("Papers to look at: 8 (3 with a MATCH-band hit)"), out.toString());
    }

    @Test
    void batchCommandIsRegistered() {
        assertTrue(CollabRiskCommand.commandLine().getSubcommands().containsKey("batch"));
    }

    @Test
    void withoutAListItExitsTwoWithAClearMessage() throws Exception {
        assertEquals(2, run("batch", resource("papers_small.csv").toString()));
        assertTrue(err.toString().contains("no screening list given"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void writesCsvHtmlAndRunRecordAndPrintsSummaryAndProgress() throws Exception {
        Path csv = dir.resolve("report.csv");
        Path html = dir.resolve("report.html");
        int code = run("batch", resource("papers_small.csv").toString(), "--list", resource("custom_list.csv").toString(),
                "--policy", "sdn+el", "--out", csv.toString(), "--html", html.toString(), "--db", dir.resolve("db").toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.readString(csv).startsWith("paper_id,title,author,field,value,list,entry"));
        assertTrue(Files.readString(html).contains("<svg"));
        assertTrue(out.toString().contains("Run record (audit): database "), out.toString());
        try (Database db = Database.open(dir.resolve("db"))) {
            var runs = new BatchRunService(db).list();
            assertEquals(1, runs.size());
            assertEquals(8, runs.get(0).flaggedPapers());
            assertEquals("sdn+el", runs.get(0).policy());
            String json = new BatchRunService(db).find(runs.get(0).runId()).orElseThrow().resultJson();
            assertTrue(json.contains("\"flagged\""));
        }
        assertTrue(out.toString().contains("Papers to look at: 8"), out.toString());
        assertTrue(out.toString().contains("Citizenship is unknown"));
        assertTrue(err.toString().contains("names screened:"), err.toString());
        assertTrue(err.toString().contains("(100%)"), err.toString());
        assertTrue(err.toString().contains("line 13, column 'paper_id'"), err.toString());
    }

    @Test
    void jsonFormatPrintsOnlyJsonOnStdout() throws Exception {
        Path csv = dir.resolve("r.csv");
        int code = run("batch", resource("papers_small.csv").toString(), "--list", resource("custom_list.csv").toString(),
                "--policy", "all", "--format", "json", "--out", csv.toString(), "--db", dir.resolve("db").toString());
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals("all", json.at("/policy").asText());
        assertEquals(9, json.at("/flaggedPapers").asInt());
    }

    @Test
    void badPolicyThresholdOrFileExitTwo() throws Exception {
        String list = resource("custom_list.csv").toString();
        String papers = resource("papers_small.csv").toString();
        assertEquals(2, run("batch", papers, "--list", list, "--policy", "el"));
        assertTrue(err.toString().contains("--policy"));
        assertEquals(2, run("batch", papers, "--list", list, "--threshold", "1.5"));
        assertEquals(2, run("batch", dir.resolve("missing.csv").toString(), "--list", list, "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("missing.csv: no such file"), err.toString());
        try (Database db = Database.open(dir.resolve("db"))) {
            assertEquals(0, new BatchRunService(db).list().size(), "nothing kept for a run that did not happen");
        }
    }
}
