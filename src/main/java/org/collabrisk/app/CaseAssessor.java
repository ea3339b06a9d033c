package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;

import java.util.List;

/**
 * What the desktop app needs from the evaluator: the rule sets it knows and an assessment of a case under one
 * of them. Called off the FX thread only.
 */
public interface CaseAssessor {

    /** The built-in rule sets, the default ({@code ear-2026}) first. */
    List<RuleSetRef> ruleSets();

    Assessment assess(ResearchCase researchCase, String ruleSetId, List<ScreeningHit> screeningHits);

    default RuleSetRef ruleSet(String id) {
        return ruleSets().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule set '" + id + "'"));
    }
}
