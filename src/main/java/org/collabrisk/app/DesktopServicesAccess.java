package org.collabrisk.app;

import org.collabrisk.store.Database;

/** The production services for other parts of the app (the screenshot taker) that bring their own database. */
public final class DesktopServicesAccess {
    private DesktopServicesAccess() {
    }

    public static CaseAssessor assessor() {
        return DesktopServices.assessor();
    }

    public static CaseScreening screeningOn(Database db) {
        return DesktopServices.screening(db);
    }
}
