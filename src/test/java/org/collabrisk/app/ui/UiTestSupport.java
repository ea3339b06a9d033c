package org.collabrisk.app.ui;

import org.collabrisk.app.CaseAssessor;

/** What the UI tests run against. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /** The real evaluator with the built-in rule sets: the UI flows check real outcomes. */
    static CaseAssessor assessor() {
        return new org.collabrisk.app.EvaluatorAssessor();
    }
}
