package org.collabrisk.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog goes through here (house style, "Errors"), so view models stay testable: tests use a recording
 * implementation, the app {@link FxDialogService}.
 */
public interface DialogService {

    void showError(String title, String message);

    /** Shows an unexpected error: its one-line message, with details to expand. */
    void showException(String title, Throwable error);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> askText(String title, String prompt, String initialValue);

    /** Asks for a password (not echoed); empty when the user cancels. */
    Optional<char[]> askPassword(String title, String prompt);

    /** Lets the user pick one of {@code choices}; empty when cancelled. */
    <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial);

    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind);

    /** A short notification that background work finished (does not block). */
    void notify(String message);

    /** File types the app reads and writes. */
    enum FileKind {
        CASE_JSON("Case file (*.json)", "*.json"),
        REPORT_HTML("HTML report (*.html)", "*.html"),
        ASSESSMENT_JSON("Assessment (*.json)", "*.json"),
        SCREENING_LIST("Screening list (*.csv, *.json)", "*.csv", "*.json", "*.CSV");

        private final String description;
        private final String[] patterns;

        FileKind(String description, String... patterns) {
            this.description = description;
            this.patterns = patterns;
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return List.of(patterns);
        }
    }
}
