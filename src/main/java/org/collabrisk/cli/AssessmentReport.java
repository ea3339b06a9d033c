package org.collabrisk.cli;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.Reason;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;

/** The readable report of {@code assess --format text}: the same content as the JSON, for people. */
final class AssessmentReport {
    private AssessmentReport() {
    }

    static String text(Assessment a, ResearchCase c) {
        StringBuilder b = new StringBuilder();
        RuleSetRef rs = a.ruleSet();
        b.append("CollabRisk assessment");
        if (c.title() != null) {
            b.append(": ").append(c.title());
        }
        b.append('\n');
        if (a.caseId() != null) {
            b.append("Case:      ").append(a.caseId()).append('\n');
        }
        b.append("Rule set:  ").append(rs.id()).append(' ').append(rs.version()).append(" — ").append(rs.title())
                .append('\n');
        b.append("Law as of: ").append(rs.date()).append(rs.hypothetical() ? "   ** HYPOTHETICAL: not law **" : "")
                .append('\n');
        b.append("Assessed:  ").append(a.assessedAt()).append('\n');
        b.append("OVERALL:   ").append(a.overall()).append(" (").append(a.overall().meaning()).append(")\n");
        int n = 0;
        for (Release r : a.releases()) {
            n++;
            String who = c.person(r.person()).map(Person::name).orElse(r.person());
            String what = c.artifact(r.artifact()).map(x -> x.name() == null ? x.id() : x.name()).orElse(r.artifact());
            b.append('\n').append(n).append(". ").append(what).append(" → ").append(who).append(": ")
                    .append(r.outcome()).append('\n');
            b.append("   destination ").append(r.destination() == null ? "unknown" : r.destination().code())
                    .append(", classification ").append(r.classification() == null ? "-" : r.classification())
                    .append(", subject to the EAR ").append(yesNo(r.subjectToEar()))
                    .append(", licence required ").append(yesNo(r.licenseRequired())).append('\n');
            int i = 0;
            for (Reason reason : r.reasons()) {
                i++;
                b.append("   ").append(i).append(") ").append(reason.text()).append(" [").append(reason.citation())
                        .append("]\n");
            }
            if (!r.remediation().isEmpty()) {
                b.append("   What would lower it:\n");
                for (String line : r.remediation()) {
                    b.append("   - ").append(line).append('\n');
                }
            }
        }
        if (!a.screening().isEmpty()) {
            b.append("\nScreening hits:\n");
            a.screening().forEach(h -> b.append("- ").append(h.person()).append(" (").append(h.field()).append("): ")
                    .append(h.list()).append(' ').append(h.entry()).append(" '").append(h.matchedName())
                    .append("' score ").append(h.score()).append(' ').append(h.band()).append('\n'));
        }
        if (!a.questions().isEmpty()) {
            b.append("\nQuestions to answer:\n");
            a.questions().forEach(q -> b.append("- ").append(q).append('\n'));
        }
        b.append("\nSources of the rule set:\n");
        rs.sources().forEach(s -> b.append("- ").append(s).append('\n'));
        b.append('\n').append(a.notice()).append('\n');
        return b.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }
}
