package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.rules.Evaluator;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;

import java.util.List;

/** The evaluator and the built-in rule sets with no screening lists (for tests and a build without a database). */
public final class EvaluatorAssessor implements CaseAssessor {

    private final Evaluator evaluator = new Evaluator();

    @Override
    public List<RuleSetRef> ruleSets() {
        return RuleSetCatalog.builtIns().stream().map(RuleSet::ref).toList();
    }

    @Override
    public Assessment assess(ResearchCase researchCase, String ruleSetId) {
        RuleSet rules = RuleSetCatalog.byId(ruleSetId)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule set '" + ruleSetId + "'"));
        return evaluator.assess(researchCase, rules);
    }
}
