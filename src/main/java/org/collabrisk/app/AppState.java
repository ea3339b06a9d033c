package org.collabrisk.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.config.AppInfo;
import org.collabrisk.domain.RuleSetRef;

import java.nio.file.Path;

/**
 * The global UI state, one instance injected into the view models that need it (house style: no statics): the
 * rule sets and the selected one, the theme, whether the database is open, recent files and the status line.
 * JavaFX properties without any Node, so usable in plain tests.
 */
public final class AppState {

    public static final int MAX_RECENT_FILES = 8;

    private final ObservableList<RuleSetRef> ruleSets = FXCollections.observableArrayList();
    private final ObjectProperty<RuleSetRef> ruleSet = new SimpleObjectProperty<>(this, "ruleSet");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty databaseReady = new SimpleBooleanProperty(this, "databaseReady");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty(this, "notice");

    public AppState() {
        ruleSet.addListener((o, a, b) -> notice.set(noticeFor(b)));
        notice.set(noticeFor(null));
    }

    /** The not-legal-advice line every screen shows, with the selected rule set's date. */
    public static String noticeFor(RuleSetRef r) {
        if (r == null) {
            return "Screening aid for the export-control office, not legal advice. No rule set loaded.";
        }
        return AppInfo.notLegalAdvice(r.title() + (r.hypothetical() ? " (HYPOTHETICAL)" : ""), r.date());
    }

    public ObservableList<RuleSetRef> ruleSets() {
        return ruleSets;
    }

    public ObjectProperty<RuleSetRef> ruleSetProperty() {
        return ruleSet;
    }

    public RuleSetRef ruleSet() {
        return ruleSet.get();
    }

    /** The selected rule set's id, or null while none is loaded. */
    public String ruleSetId() {
        return ruleSet.get() == null ? null : ruleSet.get().id();
    }

    public void selectRuleSet(String id) {
        ruleSets.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(ruleSet::set);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty databaseReadyProperty() {
        return databaseReady;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Puts {@code file} first in the recent files, without duplicates, keeping at most {@link #MAX_RECENT_FILES}. */
    public void rememberFile(Path file) {
        Path p = file.toAbsolutePath().normalize();
        recentFiles.remove(p);
        recentFiles.add(0, p);
        while (recentFiles.size() > MAX_RECENT_FILES) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }

    public enum Theme {
        LIGHT, DARK
    }
}
