package org.collabrisk.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.exchange.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchReportsTest {

    private static BatchResult result() {
        return new BatchScreener(FixtureScreener.fromResource("custom_list.csv"),
                new BatchSettings(ScreeningPolicy.SDN_EL, 0.80, 2)).screen(BatchCsvReaderTest.readFixture());
    }

    @Test
    void csvHasTheProductDesignColumnsAndOneRowPerPaperAndReason() throws Exception {
        BatchResult r = result();
        StringWriter w = new StringWriter();
        BatchReports.writeCsv(r, w);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(w.toString())).getRecords();
        String header = w.toString().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("paper_id,title,author,field,value,list,entry,entryName,matchedName,score,band,reason"));
        int reasons = r.flagged().stream().mapToInt(p -> p.findings().size()).sum();
        assertEquals(reasons, rows.size());
        CSVRecord first = rows.stream().filter(x -> x.get("paper_id").equals("p1") && x.get("list").equals("SDN"))
                .findFirst().orElseThrow();
        assertEquals("affiliation", first.get("field"));
        assertEquals("1.0000", first.get("score"));
        assertEquals("MATCH", first.get("band"));
        CSVRecord iran = rows.stream().filter(x -> x.get("paper_id").equals("p4")).findFirst().orElseThrow();
        assertEquals("country", iran.get("field"));
        assertEquals("", iran.get("score"));
    }

    @Test
    void htmlIsSelfContainedAndCarriesHashesPolicyChartsAndNotice() throws Exception {
        BatchResult r = result();
        StringWriter w = new StringWriter();
        BatchReports.writeHtml(r, w);
        String html = w.toString();
        assertTrue(html.contains("<svg"), "inline chart");
        assertTrue(html.contains("Flagged papers by list"));
        assertTrue(html.contains("Reasons by affiliation country"));
        assertTrue(html.contains(r.input().sha256()));
        assertTrue(html.contains(r.lists().get(0).sha256()));
        assertTrue(html.contains("sdn+el"));
        assertTrue(html.contains("not legal advice"));
        assertTrue(html.contains("Citizenship is unknown in a batch"));
        // No external assets: the only URL is the SVG namespace.
        Matcher m = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertTrue(m.group(2).startsWith("#p-"), "only in-page links: " + m.group());
        }
        assertTrue(html.contains("id=\"p-p1\""));
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "no external URLs");
        // Text from the CSV is escaped.
        assertFalse(BatchReports.esc("<script>").contains("<"));
    }

    @Test
    void jsonCarriesTheRunForAudit(@TempDir Path dir) throws Exception {
        BatchResult r = result();
        JsonNode json = Json.mapper().readTree(BatchReports.toJson(r));
        assertEquals(r.input().sha256(), json.at("/input/sha256").asText());
        assertEquals("sdn+el", json.at("/policy").asText());
        assertEquals(r.flaggedPapers(), json.at("/flagged").size());
        assertEquals("p1", json.at("/flagged/0/paper_id").asText());
        assertTrue(json.at("/citizenshipNote").asText().contains("not inferred"));

        Path report = dir.resolve("report.csv");
        Path runFile = JsonFileBatchRunStore.nextTo(report);
        assertEquals("report.run.json", runFile.getFileName().toString());
        String where = new JsonFileBatchRunStore(runFile).save(r);
        assertEquals(runFile.toString(), where);
        JsonNode saved = Json.mapper().readTree(Files.readString(runFile));
        assertEquals(r.runId(), saved.at("/runId").asText());
        assertEquals(r.lists().get(0).sha256(), saved.at("/lists/0/sha256").asText());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
