package org.collabrisk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.exchange.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = CollabRiskCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String SAMPLE = "assets/samples/02-frontier-weights-d5-coauthor.json";

    @Test
    void assessWritesTheAssessmentJson() throws Exception {
        Run r = run("assess", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        assertEquals("sample-02", n.get("caseId").asText());
        assertEquals("ear-2026", n.get("ruleSet").get("id").asText());
        assertEquals("REVIEW", n.get("overall").asText());
        assertEquals(2, n.get("releases").size());
        assertTrue(n.get("questions").size() > 0);
        assertTrue(n.get("notice").asText().contains("not legal advice"));
    }

    @Test
    void assessWithAnotherRuleSet() throws Exception {
        Run r = run("assess", SAMPLE, "--rules", "ai-diffusion-2025");
        assertEquals(0, r.exit(), r.err());
        assertEquals("PROHIBITED", Json.mapper().readTree(r.out()).get("overall").asText());
    }

    @Test
    void textReportCarriesNoticeDateAndSources() {
        Run r = run("assess", SAMPLE, "--format", "text");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OVERALL:   REVIEW"), r.out());
        assertTrue(r.out().contains("Law as of: 2026-07-23"), r.out());
        assertTrue(r.out().contains("Sources of the rule set:"), r.out());
        assertTrue(r.out().contains("not legal advice"), r.out());
        assertTrue(r.out().contains("What would lower it:"), r.out());
    }

    @Test
    void hypotheticalRuleSetIsFlaggedInTheReport() {
        Run r = run("assess", SAMPLE, "--rules", "frontier-thresholds-2026", "--format", "text");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("HYPOTHETICAL: not law"), r.out());
    }

    @Test
    void unknownRuleSetIsExit2WithOneLine() {
        Run r = run("assess", SAMPLE, "--rules", "ear-1999");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("ear-1999"), r.err());
    }

    @Test
    void badCaseFileIsExit2NamingTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"formatVersion\": 1, \"people\": [{\"id\": \"p\", \"citizenships\": [\"XX\"]}]}");
        Run r = run("assess", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.json"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingCaseFileIsExit2(@TempDir Path dir) {
        Run r = run("assess", dir.resolve("nope.json").toString());
        assertEquals(2, r.exit());
    }

    @Test
    void listOptionScreensThePeopleAndTheHitsDriveTheOutcome(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("office-list.csv");
        Files.writeString(list, "name,aliases,country,list,notes\n"
                + "Harbin Institute of Technology,HIT;Harbin Gongye Daxue,CN,EL,hand-written test entry\n");
        Run r = run("assess", "assets/samples/03-entity-list-university.json", "--list", list.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        JsonNode hit = n.get("screening").get(0);
        assertEquals("affiliation", hit.get("field").asText());
        assertEquals("EL", hit.get("list").asText());
        assertEquals("Harbin Institute of Technology", hit.get("matchedName").asText());
        assertEquals(1, n.get("lists").size(), "the assessment names the list version it used");
        assertEquals(64, n.get("lists").get(0).get("sha256").asText().length());
        assertTrue(Set.of("LICENSE_REQUIRED", "PROHIBITED").contains(n.get("overall").asText()), n.toString());
    }

    @Test
    void assessingWithoutListsRecordsThatNoListWasUsed() throws Exception {
        Run r = run("assess", "assets/samples/03-entity-list-university.json");
        assertTrue(r.err().contains("were not screened"), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        assertEquals(0, n.get("screening").size());
        assertEquals(0, n.get("lists").size());
    }

    @Test
    void missingListFileIsExit2(@TempDir Path dir) {
        Run r = run("assess", SAMPLE, "--list", dir.resolve("none.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("none.csv"), r.err());
    }

    @Test
    void badFormatIsExit2() {
        assertEquals(2, run("assess", SAMPLE, "--format", "xml").exit());
    }

    @Test
    void rulesListShowsTheBuiltIns() {
        Run r = run("rules", "list");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("ear-2026") && r.out().contains("ai-diffusion-2025")
                && r.out().contains("frontier-thresholds-2026"), r.out());
        assertTrue(r.out().contains("2025-01-15"), r.out());
    }

    @Test
    void rulesShowPrintsTheMergedRuleSet() throws Exception {
        Run r = run("rules", "show", "frontier-thresholds-2026");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        assertTrue(n.get("hypothetical").asBoolean());
        assertTrue(n.get("countryGroups").has("D:5"), "inherited from ear-2026");
    }

    @Test
    void rulesShowUnknownIsExit2() {
        assertEquals(2, run("rules", "show", "nope").exit());
    }
}
