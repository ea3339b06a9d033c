package org.collabrisk.app.ui;

import org.collabrisk.app.CaseAssessor;
import org.collabrisk.app.Fakes;

/** What the UI tests run against. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    static CaseAssessor assessor() {
        return new Fakes.FakeAssessor();
    }
}
