package org.collabrisk.service;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.rules.Evaluator;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.screening.CaseScreener;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.screening.Suppression;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Screening feeding the evaluator, in one place for the CLI, the store and the desktop app: screen the case's
 * people and affiliations against the loaded lists (minus the pairs a reviewer dismissed), assess under one rule
 * set, and record in the assessment which list versions (with their SHA-256) the answer rests on.
 */
public final class AssessmentService {

    private final Evaluator evaluator;

    public AssessmentService() {
        this(Clock.systemUTC());
    }

    public AssessmentService(Clock clock) {
        this.evaluator = new Evaluator(clock);
    }

    /** Assesses without screening: the assessment lists no screening lists, so readers can see none were used. */
    public Assessment assess(ResearchCase c, RuleSet rules) {
        return evaluator.assess(c, rules);
    }

    /** {@code index} may be null (no lists loaded). */
    public Assessment assess(ResearchCase c, RuleSet rules, ScreeningIndex index, Set<Suppression> suppressed) {
        if (index == null) {
            return assess(c, rules);
        }
        List<ScreeningHit> hits = new CaseScreener(index).screen(c, suppressed == null ? Set.of() : suppressed);
        Assessment a = evaluator.assess(c, rules, hits);
        return new Assessment(a.caseId(), a.ruleSet(), a.assessedAt(), a.overall(), a.releases(), a.screening(),
                a.questions(), index.versions(), a.notice());
    }
}
