package org.collabrisk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.exchange.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenCommandTest {

    private static Path customList(Path dir) throws Exception {
        Path p = dir.resolve("office.csv");
        Files.writeString(p, "name,aliases,country,list,notes\n"
                + "Harbin Institute of Technology,HIT,CN,EL,test row\n"
                + "Example Robotics Lab,ERL,RU,Office watchlist,\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonHasOneObjectPerQueryWithTheAliasThatMatched(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("screen", "--list", customList(dir).toString(), "Harbin Inst. of Tech.", "Jane Doe", "哈尔滨工业大学");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = Json.mapper().readTree(r.out());
        assertEquals(3, root.size());
        assertEquals("Harbin Inst. of Tech.", root.get(0).get("query").asText());
        JsonNode hit = root.get(0).get("hits").get(0);
        assertEquals("EL", hit.get("list").asText());
        assertEquals("Harbin Institute of Technology", hit.get("entryName").asText());
        assertEquals("Harbin Institute of Technology", hit.get("matchedName").asText());
        assertEquals("MATCH", hit.get("band").asText());
        assertEquals(1.0, hit.get("score").asDouble());
        assertTrue(hit.get("entry").asText().startsWith("EL-"));
        assertTrue(hit.get("why").asText().contains("matched the alias"));
        assertEquals(0, root.get(1).get("hits").size());
        JsonNode cjk = root.get(2).get("hits").get(0);
        assertEquals("哈尔滨工业大学", cjk.get("matchedName").asText());
        assertTrue(cjk.get("matchedNameSource").asText().contains("hit.edu.cn"));
        assertTrue(r.err().contains("office.csv: 2 rows"), r.err());
        assertTrue(r.err().contains("not legal advice"), r.err());
    }

    @Test
    void csvFromAnInputFile(@TempDir Path dir) throws Exception {
        Path names = dir.resolve("names.csv");
        Files.writeString(names, "name,affiliation\n\"Robotics Lab, Example\",x\nNobody Known,y\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("screen", "--list", customList(dir).toString(), "--format", "csv", "--input", names.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("query,list,entry,entryName,matchedName,score,band"), lines[0]);
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[1].startsWith("\"Robotics Lab, Example\",CUSTOM,"), lines[1]);

        Path text = dir.resolve("names.txt");
        Files.writeString(text, "Harbin Institute of Technology\n\nERL\n", StandardCharsets.UTF_8);
        r = CliRun.of("screen", "--list", customList(dir).toString(), "--input", text.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, Json.mapper().readTree(r.out()).size());
    }

    @Test
    void badUsageExitsWithStatus2(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("screen", "--db", dir.resolve("no-db").toString(), "Some Name");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no screening list given and none imported"), r.err());
        assertTrue(!Files.exists(dir.resolve("no-db.mv.db")), "screening must not create a database");
        r = CliRun.of("screen", "--list", customList(dir).toString(), "--format", "xml", "A");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format"), r.err());
        r = CliRun.of("screen", "--list", customList(dir).toString(), "--threshold", "1.5", "A");
        assertEquals(2, r.exit());
        r = CliRun.of("screen", "--list", dir.resolve("missing.csv").toString(), "A");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing.csv: no such file"), r.err());
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, "name,aliases,country,list,notes\nUniversit\u00e9,,FR,x,\n".getBytes(StandardCharsets.ISO_8859_1));
        r = CliRun.of("screen", "--list", broken.toString(), "A");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.csv line 2"), r.err());
    }

    @Test
    void withoutListFilesTheListsImportedIntoTheDatabaseAreUsed(@TempDir Path dir) throws Exception {
        String db = dir.resolve("office").toString();
        CliRun imported = CliRun.of("lists", "import", "--db", db, customList(dir).toString());
        assertEquals(0, imported.exit(), imported.err());
        CliRun r = CliRun.of("screen", "--db", db, "Harbin Inst. of Tech.");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("from the database"), r.err());
        var hit = Json.mapper().readTree(r.out()).get(0).get("hits").get(0);
        assertEquals("Harbin Institute of Technology", hit.get("entryName").asText());
    }
}
