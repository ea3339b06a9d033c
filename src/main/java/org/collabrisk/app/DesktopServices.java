package org.collabrisk.app;

/**
 * Production wiring of the app's service interfaces to the real evaluator, store and screening. Until those land
 * on main, the parts that do not exist yet say so (see {@link Unavailable}) and cases are kept in memory.
 */
final class DesktopServices {
    private DesktopServices() {
    }

    static CaseAssessor assessor() {
        return new EvaluatorAssessor();
    }

    /** Screening against the lists stored in {@code db}. */
    static CaseScreening screening(org.collabrisk.store.Database db) {
        return Unavailable.screening();
    }

    static CaseFiles caseFiles() {
        return new JsonCaseFiles();
    }

    /** Opens (creating if needed) the embedded database: {@code COLLABRISK_DB} or the data folder. */
    static StoreCaseRepository openRepository() {
        return new StoreCaseRepository(org.collabrisk.store.Database.open(
                org.collabrisk.config.DataLocation.database(null)));
    }

    static String describeDatabase(StoreCaseRepository repo) {
        return repo.database().path() + (repo.database().encrypted() ? " (encrypted)" : "");
    }
}
