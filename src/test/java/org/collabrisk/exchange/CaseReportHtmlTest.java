package org.collabrisk.exchange;

import org.collabrisk.app.Fakes;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReportHtmlTest {

    @Test
    void selfContainedPrintableAndEscaped() {
        ResearchCase c = Fakes.frontierCase();
        Person p = c.people().get(0);
        c = c.withPeople(List.of(new Person(p.id(), "<script>alert(1)</script>", "Entity University", null,
                p.citizenships(), null, null, p.usStatus(), null), c.people().get(1)));
        Assessment a = new Fakes.FakeAssessor().assess(c, "frontier-thresholds-2026", new Fakes.FakeScreening().screen(c));
        a = new Assessment(a.caseId(), a.ruleSet(), a.assessedAt(), a.overall(), a.releases(), a.screening(),
                a.questions(), List.of(new ListVersion("CSL", "trade.gov", LocalDate.of(2026, 11, 1), 14160,
                "ab12")), a.notice());
        String html = CaseReportHtml.render(c, a, "Licence needed: apply", Instant.parse("2026-11-22T06:00:00Z"));
        assertFalse(html.contains("<script>"), "user text is escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains("<link") || html.contains("src=\"http"), "no external resources");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("HYPOTHETICAL rule set for what-if planning"));
        assertTrue(html.contains("Supp. No. 1 to Part 740"));
        assertTrue(html.contains("matched alias") || html.contains("Matched alias"));
        assertTrue(html.contains("Entity University"));
        assertTrue(html.contains("<code>ab12</code>"), "list hash");
        assertTrue(html.contains("Licence needed: apply"));
        assertTrue(html.contains("class=\"prohibited\""), "matrix cells coloured by outcome");
        assertTrue(html.contains("not legal advice"));
    }
}
