package org.collabrisk.app.shell;

/** The main window's screens (tabs), in order. */
public enum Screen {
    CASES("Cases"), EDITOR("Case editor"), COMPARE("Compare rule sets"), SCREENING("Screening"),
    WORKFLOW("Review & history"), LISTS("Lists"), BATCH("Batch");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
