package org.collabrisk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListsCommandTest {
    @TempDir
    Path dir;

    @Test
    void importAndShow() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun empty = CliRun.of("lists", "show", "--db", db);
        assertTrue(empty.out().contains("No screening list imported yet"), empty.out());
        Path v1 = dir.resolve("office_2026-01-01.csv");
        Files.writeString(v1, org.collabrisk.service.ListServiceTest.V1);
        CliRun imp = CliRun.of("lists", "import", "--db", db, v1.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().contains("Imported list #1: office_2026-01-01.csv, as of 2026-01-01, 3 rows"), imp.out());
        assertTrue(imp.out().contains("EL: 2 added, 0 changed, 0 removed (first import of this list)"), imp.out());
        CliRun again = CliRun.of("lists", "import", "--db", db, v1.toString());
        assertTrue(again.out().contains("Already imported as list #1"), again.out());
        Path v2 = dir.resolve("office_2026-02-01.csv");
        Files.writeString(v2, org.collabrisk.service.ListServiceTest.V2);
        CliRun imp2 = CliRun.of("lists", "import", "--db", db, v2.toString());
        assertTrue(imp2.out().contains("EL: 1 added, 1 changed, 0 removed (since list #1)"), imp2.out());
        CliRun show = CliRun.of("lists", "show", "--db", db);
        assertTrue(show.out().contains("EL     3 entries from list #2"), show.out());
        assertTrue(show.out().contains("SDN    1 entries from list #1"), show.out());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "something,else\n1,2\n");
        CliRun refused = CliRun.of("lists", "import", "--db", db, bad.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("bad.csv"), refused.err());
    }
}
