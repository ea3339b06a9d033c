package org.collabrisk.cli;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.UsStatus;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.exchange.Json;
import org.collabrisk.service.ListServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CasesAssessCommandTest {
    @TempDir
    Path dir;

    @Test
    void assessStoresAndListImportReportsReScreenedCases() throws Exception {
        String db = dir.resolve("db").toString();
        ResearchCase base = org.collabrisk.bench.SampleCases.generate("x", 1, 1);
        ResearchCase c = base.withId("crimson-1").withPeople(List.of(new Person("p1", "Quentin Zylberstein",
                "Crimson Labs", Country.of("CN"), List.of(Country.of("CN")), null, Country.of("CN"),
                UsStatus.FOREIGN_PERSON, Country.of("US")))).withArtifacts(List.of());
        Path file = dir.resolve("case.json");
        Files.writeString(file, CaseJson.write(c));
        assertEquals(0, CliRun.of("cases", "import", "--db", db, file.toString()).exit());

        CliRun noLists = CliRun.of("cases", "assess", "--db", db, "crimson-1", "--format", "json");
        assertEquals(0, noLists.exit(), noLists.err());
        assertTrue(noLists.err().contains("people were NOT screened"), noLists.err());
        assertEquals("ear-2026", Json.mapper().readTree(noLists.out()).get("ruleSet").get("id").asText());

        Path v1 = dir.resolve("v1.csv");
        Files.writeString(v1, ListServiceTest.V1);
        CliRun first = CliRun.of("lists", "import", "--db", db, v1.toString());
        assertTrue(first.out().contains("Re-screened 1 saved case(s): 0 affected"), first.out());
        Path v2 = dir.resolve("v2.csv");
        Files.writeString(v2, ListServiceTest.V2);
        CliRun second = CliRun.of("lists", "import", "--db", db, v2.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Re-screened 1 saved case(s): 1 affected by the changes."), second.out());
        assertTrue(second.out().contains("case crimson-1 (DRAFT): "), second.out());
        assertTrue(second.out().contains("EL entry ") && second.out().contains("'Crimson Labs' added"), second.out());

        CliRun text = CliRun.of("cases", "assess", "--db", db, "crimson-1", "--rules", "ai-diffusion-2025");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Stored as assessment #3 of revision 1."), text.out());
        CliRun show = CliRun.of("cases", "show", "--db", db, "crimson-1");
        assertTrue(show.out().contains("ai-diffusion-2025"), show.out());
        assertTrue(show.out().contains("p1 (affiliation) ~ EL:"), show.out());
        String entry = show.out().replaceAll("(?s).*p1 \\(affiliation\\) ~ (EL:\\S+) .*", "$1");
        CliRun dispose = CliRun.of("cases", "dispose", "--db", db, "crimson-1", "--person", "p1", "--entry", entry,
                "--verdict", "FALSE_POSITIVE", "--reason", "a different Crimson Labs (Oslo)");
        assertEquals(0, dispose.exit(), dispose.err());
        assertTrue(dispose.out().startsWith("Disposition #1: FALSE_POSITIVE"), dispose.out());
        CliRun reassessed = CliRun.of("cases", "assess", "--db", db, "crimson-1", "--format", "json");
        assertEquals(0, Json.mapper().readTree(reassessed.out()).get("screening").size(), reassessed.out());
        CliRun badEntry = CliRun.of("cases", "dispose", "--db", db, "crimson-1", "--person", "p1", "--entry", "EL:none",
                "--verdict", "FALSE_POSITIVE", "--reason", "x");
        assertEquals(2, badEntry.exit());
        CliRun unknown = CliRun.of("cases", "assess", "--db", db, "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("case 'nope' is not in the database"), unknown.err());
    }
}
