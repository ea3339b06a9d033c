package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;

import java.util.List;

/**
 * What the desktop app needs from the evaluator: the rule sets it knows and an assessment of a case under one
 * of them. Called off the FX thread only.
 */
public interface CaseAssessor {

    /** The built-in rule sets, the default ({@code ear-2026}) first. */
    List<RuleSetRef> ruleSets();

    /**
     * Assesses the case under one rule set, screening its people against the lists the implementation has (the
     * assessment's {@code screening[]} and {@code lists[]} say which).
     */
    Assessment assess(ResearchCase researchCase, String ruleSetId);

    default RuleSetRef ruleSet(String id) {
        return ruleSets().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule set '" + id + "'"));
    }
}
