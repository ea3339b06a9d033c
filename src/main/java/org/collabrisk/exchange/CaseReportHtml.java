package org.collabrisk.exchange;

import org.collabrisk.config.AppInfo;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.Reason;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A case's assessment as one self-contained, printable HTML page (no scripts, no external files): the rule set
 * with its date and sources, the list versions used, the disclosure matrix, every release's reasons with their
 * citations and remediation, the screening hits, the office's decision and the not-legal-advice notice. A memo
 * for the file (records kept 5 years, 15 CFR 762.6).
 */
public final class CaseReportHtml {

    private CaseReportHtml() {
    }

    /**
     * @param decision the office's decision line, or null when the case has not been decided
     */
    public static String render(ResearchCase c, Assessment a, String decision, Instant generatedAt) {
        StringBuilder h = new StringBuilder(16_384);
        RuleSetRef rs = a.ruleSet();
        String title = c.title() == null ? "Untitled case" : c.title();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>CollabRisk report: ")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style></head><body>\n");
        h.append("<p class=\"notice\">").append(esc(notice(a))).append("</p>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<table class=\"meta\">");
        row(h, "Case id", c.id() == null ? "(not saved)" : c.id());
        if (c.paper() != null) {
            row(h, "Paper", nz(c.paper().title()) + (c.paper().venue() == null ? "" : ", " + c.paper().venue()));
            row(h, "Stage", c.paper().stage() == null ? "unknown" : c.paper().stage().name());
            row(h, "Fundamental research (15 CFR 734.8)", yesNo(c.paper().fundamentalResearch()));
            row(h, "Publication restrictions", c.paper().publicationRestrictions() == null ? "unknown"
                    : c.paper().publicationRestrictions().name());
        }
        row(h, "Rule set", rs == null ? "unknown" : rs.title() + " [" + rs.id() + " v" + rs.version() + "], law as of "
                + rs.date() + (rs.hypothetical() ? " — HYPOTHETICAL rule set for what-if planning, not the law in force" : ""));
        row(h, "Assessed at", String.valueOf(a.assessedAt()));
        row(h, "Report generated", String.valueOf(generatedAt));
        row(h, "CollabRisk version", AppInfo.version());
        h.append("</table>\n");

        h.append("<div class=\"overall ").append(cls(a.overall())).append("\">Overall: ")
                .append(esc(a.overall().shortLabel())).append(" — ").append(esc(a.overall().meaning())).append("</div>\n");
        if (!a.questions().isEmpty()) {
            h.append("<h2>Open questions</h2><ol>");
            a.questions().forEach(q -> h.append("<li>").append(esc(q)).append("</li>"));
            h.append("</ol>\n");
        }
        h.append("<h2>Decision</h2><p>").append(esc(decision == null ? "No decision recorded yet." : decision))
                .append("</p>\n");

        h.append("<h2>Disclosure matrix</h2>\n<table class=\"matrix\"><tr><th>Artifact \\ Person</th>");
        for (Person p : c.people()) {
            h.append("<th>").append(esc(p.name())).append("<br><small>").append(esc(countries(p.citizenships())))
                    .append("</small></th>");
        }
        h.append("</tr>\n");
        for (Artifact art : c.artifacts()) {
            h.append("<tr><th>").append(esc(art.name())).append("<br><small>").append(esc(art.kind().name()))
                    .append("</small></th>");
            for (Person p : c.people()) {
                Release r = a.release(art.id(), p.id()).orElse(null);
                if (r == null) {
                    h.append("<td class=\"none\">not shared</td>");
                } else {
                    h.append("<td class=\"").append(cls(r.outcome())).append("\">")
                            .append(esc(r.outcome().shortLabel())).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Releases and reasons</h2>\n");
        for (Release r : a.releases()) {
            String art = c.artifact(r.artifact()).map(Artifact::name).orElse(r.artifact());
            String per = c.person(r.person()).map(Person::name).orElse(r.person());
            h.append("<section class=\"release\"><h3>").append(esc(art)).append(" → ").append(esc(per))
                    .append(" <span class=\"badge ").append(cls(r.outcome())).append("\">")
                    .append(esc(r.outcome().shortLabel())).append("</span></h3>\n<p class=\"facts\">Destination: ")
                    .append(esc(r.destination() == null ? "unknown" : r.destination().code()))
                    .append(" · Classification: ").append(esc(nz(r.classification())))
                    .append(" · Subject to the EAR: ").append(esc(yesNo(r.subjectToEar())))
                    .append(" · Licence required: ").append(esc(yesNo(r.licenseRequired()))).append("</p>\n<ol>");
            for (Reason reason : r.reasons()) {
                h.append("<li>").append(esc(reason.text()));
                if (reason.citation() != null && !reason.citation().isBlank()) {
                    h.append(" <cite>(").append(esc(reason.citation())).append(")</cite>");
                }
                h.append("</li>");
            }
            h.append("</ol>\n");
            if (!r.remediation().isEmpty()) {
                h.append("<p><b>What would lower it:</b></p><ul>");
                r.remediation().forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }

        h.append("<h2>Screening</h2>\n");
        if (a.screening().isEmpty()) {
            h.append("<p>").append(a.lists().isEmpty() ? "No screening list was loaded: people and affiliations were not screened."
                    : "No hits against the lists below.").append("</p>\n");
        } else {
            h.append("<table class=\"grid\"><tr><th>Person</th><th>Field</th><th>List</th><th>Entry</th>"
                    + "<th>Matched alias</th><th>Score</th><th>Band</th><th>Licence requirement / policy</th></tr>\n");
            for (ScreeningHit s : a.screening()) {
                h.append("<tr><td>").append(esc(c.person(s.person()).map(Person::name).orElse(s.person())))
                        .append("</td><td>").append(esc(s.field())).append("</td><td>").append(esc(s.list()))
                        .append("</td><td>").append(esc(nz(s.entryName()))).append(" <small>[").append(esc(nz(s.entry())))
                        .append("]</small></td><td>").append(esc(nz(s.matchedName()))).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", s.score())).append("</td><td>")
                        .append(esc(s.band())).append("</td><td>").append(esc(nz(s.licenseRequirement())))
                        .append(s.licensePolicy() == null ? "" : " / " + esc(s.licensePolicy())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h3>Lists used</h3>\n");
        if (a.lists().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table class=\"grid\"><tr><th>List</th><th>Source</th><th>As of</th><th>Rows</th><th>SHA-256</th></tr>\n");
            for (ListVersion l : a.lists()) {
                h.append("<tr><td>").append(esc(l.name())).append("</td><td>").append(esc(nz(l.source())))
                        .append("</td><td>").append(esc(String.valueOf(l.asOf()))).append("</td><td>").append(l.rows())
                        .append("</td><td><code>").append(esc(nz(l.sha256()))).append("</code></td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>People</h2>\n<table class=\"grid\"><tr><th>Name</th><th>Affiliation</th><th>Citizenships</th>"
                + "<th>Permanent residence</th><th>Most recent status</th><th>US status</th><th>Location</th></tr>\n");
        for (Person p : c.people()) {
            h.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(esc(nz(p.affiliation())))
                    .append(p.affiliationCountry() == null ? "" : " (" + p.affiliationCountry().code() + ")")
                    .append("</td><td>").append(esc(countries(p.citizenships()))).append("</td><td>")
                    .append(esc(code(p.permanentResidence()))).append("</td><td>").append(esc(code(p.mostRecentStatusCountry())))
                    .append("</td><td>").append(esc(p.usStatus() == null ? "UNKNOWN" : p.usStatus().name()))
                    .append("</td><td>").append(esc(code(p.location()))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Artifacts</h2>\n<table class=\"grid\"><tr><th>Name</th><th>Kind</th><th>Published</th>"
                + "<th>Intended for publication</th><th>ECCN</th><th>Training ops</th><th>Shared with</th></tr>\n");
        for (Artifact art : c.artifacts()) {
            h.append("<tr><td>").append(esc(art.name())).append("</td><td>").append(esc(art.kind().name()))
                    .append("</td><td>").append(yesNo(art.published())).append("</td><td>")
                    .append(yesNo(art.intendedForPublication())).append("</td><td>")
                    .append(esc(art.eccn() == null ? "(classified by the rule set)" : art.eccn())).append("</td><td>")
                    .append(art.trainingOperations() == null ? "unknown" : String.format(Locale.ROOT, "%.3g", art.trainingOperations()))
                    .append("</td><td>").append(esc(art.sharedWith().isEmpty() ? "everyone"
                            : art.sharedWith().stream().map(id -> c.person(id).map(Person::name).orElse(id))
                            .collect(Collectors.joining(", ")))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (rs != null && !rs.sources().isEmpty()) {
            h.append("<h2>Sources of the rule set</h2><ul>");
            rs.sources().forEach(s -> h.append("<li>").append(esc(s)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<p class=\"notice\">").append(esc(notice(a))).append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static String notice(Assessment a) {
        if (a.notice() != null && !a.notice().isBlank()) {
            return a.notice();
        }
        RuleSetRef rs = a.ruleSet();
        return rs == null ? "Screening aid for the export-control office, not legal advice."
                : AppInfo.notLegalAdvice(rs.title() + (rs.hypothetical() ? " (HYPOTHETICAL)" : ""), rs.date());
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    private static String cls(Outcome o) {
        return o == null ? "none" : o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String countries(List<Country> cs) {
        return cs.isEmpty() ? "unknown" : cs.stream().map(Country::code).collect(Collectors.joining(", "));
    }

    private static String code(Country c) {
        return c == null ? "unknown" : c.code();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** HTML-escapes text (every value in the report comes from user files). */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; margin: 2em; max-width: 1100px; }
            h1 { margin-bottom: .2em; } h2 { border-bottom: 1px solid #ccd; padding-bottom: 2px; margin-top: 1.6em; }
            .notice { background: #fff6d6; border: 1px solid #e6d28a; padding: .5em .8em; font-size: .9em; }
            table { border-collapse: collapse; } th, td { padding: 4px 8px; vertical-align: top; }
            table.meta th { text-align: left; color: #5b6474; font-weight: normal; }
            table.grid th, table.grid td, table.matrix th, table.matrix td { border: 1px solid #ccd; }
            table.matrix td { text-align: center; font-weight: bold; min-width: 90px; }
            .overall { font-size: 1.2em; font-weight: bold; padding: .6em 1em; border-radius: 6px; margin: 1em 0; }
            .badge { font-size: .8em; padding: 1px 8px; border-radius: 10px; }
            .not-subject { background: #2e7d32; color: #fff; } .no-license-required { background: #7cb342; color: #10240a; }
            .review { background: #f9a825; color: #2a1d00; } .license-required { background: #d32f2f; color: #fff; }
            .prohibited { background: #7f0000; color: #fff; } .none { background: #e0e3e8; color: #5b6474; }
            cite { color: #5b6474; font-style: normal; } .facts { color: #5b6474; font-size: .9em; }
            section.release { page-break-inside: avoid; }
            @media print { body { margin: 1cm; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            """;
}
