package org.collabrisk.cli;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.exchange.Json;
import org.collabrisk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("cli").toString();
    }

    private Path writeCases(String name, String prefix, int count) throws Exception {
        List<ResearchCase> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cases.add(SampleCases.generate(prefix, i, 3));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, count == 1 ? CaseJson.write(cases.get(0)) : Json.mapper().writeValueAsString(cases));
        return f;
    }

    @Test
    void importListShowExportDecideAndVerify() throws Exception {
        Path many = writeCases("many.json", "c", 3);
        Path one = writeCases("one.json", "solo", 1);
        CliRun imp = CliRun.of("cases", "import", "--db", db(), many.toString(), one.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().contains("Imported 4 case(s): 4 new, 0 revised, 0 unchanged."), imp.out());

        CliRun table = CliRun.of("cases", "list", "--db", db());
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("ID "), table.out());
        assertTrue(table.out().contains("4 case(s)."), table.out());

        CliRun csv = CliRun.of("cases", "list", "--db", db(), "--format", "csv");
        assertTrue(csv.out().startsWith("id,title,status,overall,people,artifacts,revision,updated,decided,archived\n"),
                csv.out());
        assertEquals(5, csv.out().split("\n").length);

        CliRun json = CliRun.of("cases", "list", "--db", db(), "--format", "json", "--status", "DRAFT");
        assertEquals(4, Json.mapper().readTree(json.out()).size(), json.out());

        assertEquals(0, CliRun.of("cases", "decide", "--db", db(), "c-2", "SUBMITTED").exit());
        assertEquals(0, CliRun.of("cases", "decide", "--db", db(), "c-2", "in_review").exit());
        CliRun bad = CliRun.of("cases", "decide", "--db", db(), "c-1", "CLEARED", "--note", "fine");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("case c-1 is DRAFT and cannot move to CLEARED"), bad.err());
        CliRun decided = CliRun.of("cases", "decide", "--db", db(), "c-2", "CLEARED", "--note", "EAR99 only");
        assertEquals(0, decided.exit(), decided.err());
        assertTrue(decided.out().contains("IN_REVIEW -> CLEARED"), decided.out());

        CliRun submitted = CliRun.of("cases", "list", "--db", db(), "--status", "CLEARED", "--format", "csv");
        assertEquals(2, submitted.out().split("\n").length, submitted.out());

        CliRun show = CliRun.of("cases", "show", "--db", db(), "c-2");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("status:    CLEARED") && show.out().contains("EAR99 only"), show.out());

        Path out = dir.resolve("exported.json");
        CliRun export = CliRun.of("cases", "export", "--db", db(), "c-3", "--out", out.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(SampleCases.generate("c", 3, 3), CaseJson.read(out));
        CliRun stdout = CliRun.of("cases", "export", "--db", db(), "solo-1");
        assertEquals(SampleCases.generate("solo", 1, 3), CaseJson.read(stdout.out(), "stdout"));

        CliRun verify = CliRun.of("audit", "verify", "--db", db());
        assertEquals(0, verify.exit(), verify.err());
        // 4 saves, 3 status changes, 2 exports
        assertTrue(verify.out().startsWith("Audit log intact: 9 entries"), verify.out());
    }

    @Test
    void importWithOneBadCaseImportsNothingAndNamesIt() throws Exception {
        Path many = writeCases("many.json", "c", 10);
        String text = Files.readString(many).replace("\"title\" : \"Sharing plan 7\"", "\"title\" : \"Sharing plan 7\", \"colour\" : 1");
        Files.writeString(many, text);
        CliRun imp = CliRun.of("cases", "import", "--db", db(), many.toString());
        assertEquals(2, imp.exit());
        assertTrue(imp.err().contains("many.json, case 7 (id 'c-7')"), imp.err());
        // the line reported is the file's own, inside case 7 (not counted from the start of the case)
        int first = text.substring(0, text.indexOf("\"id\" : \"c-7\"")).split("\n", -1).length;
        int last = text.substring(0, text.indexOf("\"id\" : \"c-8\"")).split("\n", -1).length;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+),").matcher(imp.err());
        assertTrue(m.find(), imp.err());
        int line = Integer.parseInt(m.group(1));
        assertTrue(line >= first && line < last, "line " + line + " not within " + first + ".." + last);
        assertTrue(imp.err().contains("unknown field 'colour'"), imp.err());
        CliRun list = CliRun.of("cases", "list", "--db", db(), "--format", "csv");
        assertEquals(1, list.out().split("\n").length, list.out());
    }

    @Test
    void tamperedAuditLogIsReported() throws Exception {
        assertEquals(0, CliRun.of("cases", "import", "--db", db(), writeCases("m.json", "t", 5).toString()).exit());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db(), "collabrisk", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
        }
        CliRun verify = CliRun.of("audit", "verify", "--db", db());
        assertTrue(verify.out().contains("Audit log BROKEN at entry 2"), verify.out());
    }

    @Test
    void backupAndRestore() throws Exception {
        assertEquals(0, CliRun.of("cases", "import", "--db", db(), writeCases("m.json", "b", 3).toString()).exit());
        Path backup = dir.resolve("backup.zip");
        CliRun b = CliRun.of("db", "backup", "--db", db(), backup.toString());
        assertEquals(0, b.exit(), b.err());
        assertTrue(Files.size(backup) > 0);
        // after the backup, a case is deleted; restoring brings it back
        assertEquals(0, CliRun.of("cases", "delete", "--db", db(), "b-2", "--reason", "test").exit());
        assertEquals(3, CliRun.of("cases", "list", "--db", db(), "--format", "csv").out().split("\n").length);
        CliRun r = CliRun.of("db", "restore", "--db", db(), backup.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 case(s)") && r.out().contains("previous database was kept"), r.out());
        assertEquals(4, CliRun.of("cases", "list", "--db", db(), "--format", "csv").out().split("\n").length);
        CliRun verify = CliRun.of("audit", "verify", "--db", db());
        assertTrue(verify.out().startsWith("Audit log intact"), verify.out());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("cli.mv.db.before-restore-")));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotACollabRiskBackupAndKeepsTheDatabase() throws Exception {
        assertEquals(0, CliRun.of("cases", "import", "--db", db(), writeCases("m.json", "k", 2).toString()).exit());
        byte[] before = Files.readAllBytes(Database.dataFile(Path.of(db())));
        Path notZip = dir.resolve("notes.txt");
        Files.writeString(notZip, "hello");
        CliRun r1 = CliRun.of("db", "restore", "--db", db(), notZip.toString());
        assertEquals(2, r1.exit());
        assertTrue(r1.err().contains("is not a CollabRisk backup"), r1.err());
        // a zip of some other H2 database
        Path other = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "collabrisk", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INT)");
            st.execute("BACKUP TO '" + dir.resolve("other.zip") + "'");
        }
        CliRun r2 = CliRun.of("db", "restore", "--db", db(), dir.resolve("other.zip").toString());
        assertEquals(2, r2.exit());
        assertTrue(r2.err().contains("not a CollabRisk database"), r2.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Database.dataFile(Path.of(db())))));
        assertEquals(3, CliRun.of("cases", "list", "--db", db(), "--format", "csv").out().split("\n").length);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("-restore-")));
        }
    }

    @Test
    void foreignDatabaseIsRefusedWithExitTwo() throws Exception {
        Path other = dir.resolve("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "collabrisk", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INT)");
        }
        CliRun r = CliRun.of("cases", "list", "--db", other.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not a CollabRisk database"), r.err());
    }
}
