package org.collabrisk.app.shell;

/**
 * Every main action with its key combination (JavaFX syntax, "Shortcut" = Ctrl, or Cmd on macOS). The menus take
 * their accelerators from here and Help → Keyboard shortcuts lists it, so the two never disagree.
 */
public enum Shortcut {
    NEW_CASE("File", "New case", "Shortcut+N"),
    OPEN_FILE("File", "Open case file…", "Shortcut+O"),
    SAVE("File", "Save case (database)", "Shortcut+S"),
    SAVE_FILE("File", "Save case file as…", "Shortcut+Shift+S"),
    EXPORT_HTML("File", "Export HTML report…", "Shortcut+E"),
    EXPORT_JSON("File", "Export assessment JSON…", "Shortcut+Shift+E"),
    LOAD_SAMPLES("File", "Load sample cases", "Shortcut+Shift+L"),
    QUIT("File", "Quit", "Shortcut+Q"),
    ADD_PERSON("Edit", "Add person", "Shortcut+Shift+P"),
    ADD_ARTIFACT("Edit", "Add artifact", "Shortcut+Shift+A"),
    DUPLICATE_ROW("Edit", "Duplicate selected row", "Shortcut+D"),
    REMOVE_ROW("Edit", "Remove selected row", "Shortcut+Delete"),
    REASSESS("Case", "Re-assess now", "F5"),
    SUBMIT("Case", "Submit for review", "Shortcut+Shift+U"),
    DECIDE("Case", "Record a decision…", "Shortcut+Shift+D"),
    IMPORT_LIST("Lists", "Import screening list…", "Shortcut+I"),
    SHOW_CASES("View", "Cases", "Shortcut+1"),
    SHOW_EDITOR("View", "Case editor", "Shortcut+2"),
    SHOW_COMPARE("View", "Compare rule sets", "Shortcut+3"),
    SHOW_SCREENING("View", "Screening", "Shortcut+4"),
    SHOW_WORKFLOW("View", "Review & history", "Shortcut+5"),
    SHOW_LISTS("View", "Lists", "Shortcut+6"),
    SHOW_BATCH("View", "Batch", "Shortcut+7"),
    FIND("View", "Search cases", "Shortcut+F"),
    TOGGLE_THEME("View", "Light / dark theme", "Shortcut+T"),
    SHORTCUTS("Help", "Keyboard shortcuts", "F1");

    private final String menu;
    private final String label;
    private final String keys;

    Shortcut(String menu, String label, String keys) {
        this.menu = menu;
        this.label = label;
        this.keys = keys;
    }

    public String menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    /** JavaFX {@code KeyCombination} syntax. */
    public String keys() {
        return keys;
    }

    /** "Ctrl+Shift+S" for the help table. */
    public String display() {
        return keys.replace("Shortcut", "Ctrl");
    }

    /** The table shown by Help → Keyboard shortcuts. */
    public static String table() {
        StringBuilder sb = new StringBuilder();
        String menu = null;
        for (Shortcut s : values()) {
            if (!s.menu.equals(menu)) {
                menu = s.menu;
                sb.append(sb.length() == 0 ? "" : "\n").append(menu).append('\n');
            }
            sb.append(String.format("  %-22s %s%n", s.display(), s.label));
        }
        return sb.toString();
    }
}
