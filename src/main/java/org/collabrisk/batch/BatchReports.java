package org.collabrisk.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.exchange.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link BatchResult} as the CSV report of the product design (one row per flagged paper and reason),
 * a self-contained HTML summary (inline CSS and SVG charts, no external assets) and JSON.
 */
public final class BatchReports {

    /** The CSV columns: the product design's list first, then the citation, country and source line. */
    public static final List<String> CSV_COLUMNS = List.of("paper_id", "title", "author", "field", "value", "list",
            "entry", "entryName", "matchedName", "score", "band", "reason", "citation", "country", "line");

    private BatchReports() {
    }

    public static void writeCsv(BatchResult result, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (FlaggedPaper paper : result.flagged()) {
                for (BatchFinding f : paper.findings()) {
                    p.printRecord(f.paperId(), f.title(), f.author(), f.field(), f.value(), f.list(), f.entry(),
                            f.entryName(), f.matchedName(), f.score() == null ? "" : String.format(Locale.ROOT, "%.4f", f.score()),
                            f.band(), f.reason(), f.citation(), f.country(), f.line());
                }
            }
        }
    }

    /** Writes the CSV report to a file atomically (a failed run leaves no half-written report). */
    public static void saveCsv(BatchResult result, java.nio.file.Path file) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writeCsv(result, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeReplacing(file, w.toString());
    }

    /** Writes the HTML summary to a file atomically. */
    public static void saveHtml(BatchResult result, java.nio.file.Path file) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writeHtml(result, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeReplacing(file, w.toString());
    }

    /**
     * Writes a report next to its final name and moves it into place, so a failed run never leaves half a report.
     * Unlike case files (AtomicFiles), reports are not forced to disk: they can be written again from the kept run.
     */
    public static void writeReplacing(java.nio.file.Path file, String content) {
        java.nio.file.Path target = file.toAbsolutePath();
        java.nio.file.Path tmp = null;
        try {
            java.nio.file.Files.createDirectories(target.getParent());
            tmp = java.nio.file.Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            java.nio.file.Files.writeString(tmp, content, java.nio.charset.StandardCharsets.UTF_8);
            try {
                java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new org.collabrisk.domain.InvalidInputException(file + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // already moved into place, or the folder is gone
                }
            }
        }
    }

    public static void writeJson(BatchResult result, Writer out) throws IOException {
        Json.mapper().writeValue(new NonClosingWriter(out), result);
    }

    public static String toJson(BatchResult result) {
        try {
            return Json.mapper().writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeHtml(BatchResult result, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>CollabRisk batch screening: ").append(esc(fileName(result.input().file())))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#1d2330;padding:0 16px}")
                .append("h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin-top:28px;border-bottom:1px solid #dde;padding-bottom:4px}")
                .append(".notice{background:#fff6df;border:1px solid #e8c66a;padding:10px 14px;border-radius:6px;margin:12px 0}")
                .append(".cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{border:1px solid #dde;border-radius:8px;padding:10px 16px;min-width:130px}")
                .append(".card b{display:block;font-size:1.6em}.card span{color:#566;font-size:.9em}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #e4e6ee;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}")
                .append("th{background:#f3f5fa}.band{font-weight:600;padding:1px 6px;border-radius:4px;font-size:.85em}")
                .append(".MATCH{background:#f9d3d0;color:#8a1c12}.REVIEW{background:#fde9c4;color:#7a4d00}")
                .append(".charts{display:flex;flex-wrap:wrap;gap:24px}.muted{color:#667;font-size:.9em}code{font-size:.85em;word-break:break-all}")
                .append(".paper{margin:14px 0;padding:10px 14px;border:1px solid #e0e3ec;border-radius:8px}.paper h3{font-size:1em;margin:0 0 6px}")
                .append("</style></head><body>\n");
        h.append("<h1>Batch screening report</h1>\n<div class=\"muted\">")
                .append(esc(fileName(result.input().file()))).append(" &middot; run ").append(esc(result.runId()))
                .append(" &middot; ").append(esc(String.valueOf(result.startedAt()))).append("</div>\n");
        h.append("<div class=\"notice\"><b>Not legal advice.</b> ").append(esc(result.notice())).append("</div>\n");

        h.append("<div class=\"cards\">");
        card(h, result.papers(), "papers");
        card(h, result.rowsUsed(), "author rows used");
        card(h, result.distinctNamesScreened(), "distinct names screened");
        card(h, result.flaggedPapers(), "papers to look at");
        card(h, (int) result.flagged().stream().filter(p -> "MATCH".equals(p.band())).count(), "with a MATCH-band hit");
        card(h, (int) result.input().rowsSkipped(), "rows skipped");
        h.append("</div>\n");

        h.append("<p><b>Policy:</b> <code>").append(esc(result.policy())).append("</code> (")
                .append(esc(result.policyDescription())).append("); threshold ")
                .append(String.format(Locale.ROOT, "%.2f", result.threshold()))
                .append(". Embargoed or comprehensively sanctioned places are flagged under every policy.</p>\n");
        if (!result.hitsOutsidePolicy().isEmpty()) {
            h.append("<p class=\"muted\">Hits the policy leaves out (not in the short list): ");
            List<String> parts = new ArrayList<>();
            result.hitsOutsidePolicy().forEach((k, v) -> parts.add(esc(k) + " " + v));
            h.append(String.join(", ", parts)).append(".</p>\n");
        }
        h.append("<p><b>Citizenship:</b> ").append(esc(result.citizenshipNote())).append("</p>\n");

        h.append("<h2>Hits</h2><div class=\"charts\">");
        h.append(barChart("Flagged papers by list", result.flaggedPapersByList(), "#c0392b"));
        h.append(barChart("Reasons by affiliation country", countryLabels(result.findingsByCountry()), "#2c6fbb"));
        h.append("</div>\n");

        h.append("<h2>Short list (").append(result.flaggedPapers()).append(" papers)</h2>\n");
        if (result.flagged().isEmpty()) {
            h.append("<p>No paper was flagged under this policy.</p>\n");
        } else {
            h.append("<p class=\"muted\">Listed organisations first, then sanctioned places, then listed people's names "
                    + "(a batch has no dates of birth to confirm them), then possible matches.</p>");
            h.append("<table><tr><th>#</th><th>paper</th><th>band</th><th>first reason</th><th>reasons</th></tr>");
            int n = 0;
            for (FlaggedPaper p : result.flagged()) {
                BatchFinding f = p.findings().get(0);
                h.append("<tr><td>").append(++n).append("</td><td><a href=\"#p-").append(anchor(p.paperId())).append("\">")
                        .append(esc(p.paperId())).append("</a></td><td><span class=\"band ").append(p.band()).append("\">")
                        .append(p.band()).append("</span></td><td>").append(esc(f.field())).append(" '")
                        .append(esc(f.value())).append("' &rarr; <b>").append(esc(f.list())).append("</b> ")
                        .append(esc(f.entryName())).append("</td><td>").append(p.findings().size()).append("</td></tr>");
            }
            h.append("</table>\n");
        }
        for (FlaggedPaper p : result.flagged()) {
            h.append("<div class=\"paper\" id=\"p-").append(anchor(p.paperId())).append("\"><h3><span class=\"band ").append(p.band()).append("\">").append(p.band())
                    .append("</span> ").append(esc(p.paperId())).append(": ").append(esc(p.title())).append("</h3>")
                    .append("<table><tr><th>author</th><th>field</th><th>value</th><th>list / entry</th><th>matched alias</th><th>score</th><th>reason</th></tr>");
            for (BatchFinding f : p.findings()) {
                h.append("<tr><td>").append(esc(f.author())).append("</td><td>").append(esc(f.field()))
                        .append("</td><td>").append(esc(f.value())).append("</td><td><b>").append(esc(f.list()))
                        .append("</b> ").append(esc(f.entry())).append("<br>").append(esc(f.entryName()))
                        .append("</td><td>").append(esc(f.matchedName())).append("</td><td>")
                        .append(f.score() == null ? "" : String.format(Locale.ROOT, "%.2f", f.score()))
                        .append(" <span class=\"band ").append(esc(f.band())).append("\">").append(esc(f.band()))
                        .append("</span></td><td>").append(esc(f.reason())).append("<br><span class=\"muted\">")
                        .append(esc(f.citation())).append(" &middot; line ").append(f.line()).append("</span></td></tr>");
            }
            h.append("</table></div>\n");
        }

        h.append("<h2>Lists</h2><table><tr><th>list</th><th>source</th><th>as of</th><th>rows</th><th>SHA-256</th></tr>");
        for (ListVersion v : result.lists()) {
            h.append("<tr><td>").append(esc(v.name())).append("</td><td>").append(esc(v.source())).append("</td><td>")
                    .append(esc(String.valueOf(v.asOf()))).append("</td><td>").append(v.rows()).append("</td><td><code>")
                    .append(esc(v.sha256())).append("</code></td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>Input</h2><p>").append(esc(result.input().file())).append("<br>SHA-256 <code>")
                .append(esc(result.input().sha256())).append("</code><br>").append(result.input().recordsRead())
                .append(" records read, ").append(result.input().rowsSkipped()).append(" skipped, ")
                .append(result.input().warnings()).append(" warnings.</p>\n");
        if (!result.problems().isEmpty()) {
            h.append("<table><tr><th>line</th><th>column</th><th>what</th><th>problem</th></tr>");
            int shown = 0;
            for (RowProblem rp : result.problems()) {
                if (shown++ == 200) {
                    h.append("<tr><td colspan=\"4\">… ").append(result.problems().size() - 200)
                            .append(" more in the CSV/JSON output</td></tr>");
                    break;
                }
                h.append("<tr><td>").append(rp.line()).append("</td><td>").append(esc(rp.field() == null ? "" : rp.field()))
                        .append("</td><td>").append(rp.severity()).append("</td><td>").append(esc(rp.problem()))
                        .append("</td></tr>");
            }
            h.append("</table>\n");
        }
        h.append("<p class=\"muted\">CollabRisk ").append(esc(org.collabrisk.config.AppInfo.version()))
                .append(". Sanctioned-place citations: 15 CFR Part 746; OFAC 31 CFR Chapter V. Records of screenings "
                        + "are kept five years (15 CFR 762.6).</p>\n</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static Map<String, Integer> countryLabels(Map<String, Integer> byCode) {
        Map<String, Integer> labelled = new java.util.LinkedHashMap<>();
        byCode.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
            String label = Country.isKnownCode(e.getKey()) ? Country.of(e.getKey()).displayName() + " (" + e.getKey() + ")" : e.getKey();
            labelled.put(label, e.getValue());
        });
        return labelled;
    }

    /** A horizontal bar chart as inline SVG, biggest first, at most 15 bars. */
    static String barChart(String title, Map<String, Integer> values, String colour) {
        List<Map.Entry<String, Integer>> rows = values.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15).toList();
        int max = rows.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        int labelW = 190, barW = 260, rowH = 24, top = 30;
        int height = top + Math.max(1, rows.size()) * rowH + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelW + barW + 60)
                .append("\" height=\"").append(height).append("\" aria-label=\"").append(esc(title)).append("\">")
                .append("<text x=\"0\" y=\"18\" font-size=\"14\" font-weight=\"600\" fill=\"#1d2330\">").append(esc(title)).append("</text>");
        if (rows.isEmpty()) {
            s.append("<text x=\"0\" y=\"").append(top + 16).append("\" font-size=\"12\" fill=\"#667\">no hits</text>");
        }
        int y = top;
        for (Map.Entry<String, Integer> e : rows) {
            int w = Math.max(2, (int) Math.round(barW * (e.getValue() / (double) max)));
            String label = e.getKey().length() > 30 ? e.getKey().substring(0, 29) + "…" : e.getKey();
            s.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1d2330\">").append(esc(label)).append("</text>")
                    .append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(colour).append("\" rx=\"2\"/>")
                    .append("<text x=\"").append(labelW + w + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\" fill=\"#1d2330\">").append(e.getValue()).append("</text>");
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    private static void card(StringBuilder h, long value, String label) {
        h.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", value)).append("</b><span>")
                .append(esc(label)).append("</span></div>");
    }

    private static String anchor(String paperId) {
        return paperId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String fileName(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return i < 0 ? path : path.substring(i + 1);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Jackson closes the writer it is given; stdout must stay open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
