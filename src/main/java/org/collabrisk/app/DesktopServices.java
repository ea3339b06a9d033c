package org.collabrisk.app;

/**
 * Production wiring of the app's service interfaces to the real evaluator, store and screening. Until those land
 * on main, the parts that do not exist yet say so (see {@link Unavailable}) and cases are kept in memory.
 */
final class DesktopServices {
    private DesktopServices() {
    }

    static CaseAssessor assessor() {
        return Unavailable.assessor();
    }

    static CaseScreening screening() {
        return Unavailable.screening();
    }

    static CaseFiles caseFiles() {
        return new JsonCaseFiles();
    }

    static CaseRepository openRepository() {
        return new InMemoryCaseRepository();
    }

    static String describeDatabase() {
        return "in memory (this build has no store yet): cases are lost on exit";
    }
}
