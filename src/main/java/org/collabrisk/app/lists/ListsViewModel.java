package org.collabrisk.app.lists;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.app.CaseScreening;
import org.collabrisk.app.common.BackgroundJob;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.ListVersion;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The screening lists in the database (name, as-of date, rows, SHA-256), importing a new one in the background
 * with progress and cancel, and a warning when the newest list is more than 30 days old.
 */
public final class ListsViewModel {

    public static final int STALE_AFTER_DAYS = 30;

    private final CaseScreening screening;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<String> onImported;
    private final ObservableList<ListVersion> lists = FXCollections.observableArrayList();
    private final StringProperty warning = new SimpleStringProperty(this, "warning");
    private final BooleanProperty importing = new SimpleBooleanProperty(this, "importing");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private BackgroundJob importJob = BackgroundJob.DONE;

    /** @param onImported told "Imported … (n rows)" when an import finishes (a notification) */
    public ListsViewModel(CaseScreening screening, TaskRunner tasks, Clock clock, Consumer<String> onImported) {
        this.screening = screening;
        this.tasks = tasks;
        this.clock = clock;
        this.onImported = onImported;
        warning.set(warningFor(List.of(), LocalDate.now(clock)));
    }

    public void refresh() {
        tasks.run("Loading lists", p -> screening.loadedLists(), this::setLists,
                e -> warning.set("Could not read the loaded lists: " + ErrorMessages.sentence(e)));
    }

    private void setLists(List<ListVersion> loaded) {
        lists.setAll(loaded.stream().sorted(Comparator.comparing(ListVersion::asOf,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList());
        warning.set(warningFor(lists, LocalDate.now(clock)));
    }

    /** The staleness / absence warning, or null when the newest list is recent enough. */
    static String warningFor(List<ListVersion> loaded, LocalDate today) {
        if (loaded.isEmpty()) {
            return "No screening list is loaded: people and affiliations are not screened. Import the Consolidated "
                    + "Screening List or OFAC's SDN files.";
        }
        ListVersion newest = loaded.stream().filter(l -> l.asOf() != null)
                .max(Comparator.comparing(ListVersion::asOf)).orElse(null);
        if (newest == null) {
            return "The loaded lists carry no date: check that they are current.";
        }
        long days = ChronoUnit.DAYS.between(newest.asOf(), today);
        if (days > STALE_AFTER_DAYS) {
            return "The newest list (" + newest.name() + ", as of " + newest.asOf() + ") is " + days
                    + " days old: import a current download before relying on a clear result.";
        }
        return null;
    }

    public void importFile(Path file) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        progress.set(-1);
        progressText.set("Importing " + file.getFileName() + "…");
        importJob = tasks.run("Importing " + file.getFileName(), p -> {
            CaseScreening.ImportedList v = screening.importList(file, p);
            return new Imported(v, screening.loadedLists());
        }, (f, m) -> {
            progress.set(f);
            progressText.set(m);
        }, imported -> {
            importing.set(false);
            progress.set(0);
            progressText.set("");
            setLists(imported.all());
            ListVersion v = imported.version().version();
            onImported.accept((imported.version().alreadyImported() ? "Already imported: " : "Imported ") + v.name()
                    + " (" + v.rows() + " rows, as of " + v.asOf() + ")"
                    + (imported.version().rescreening().isEmpty() ? "" : ". " + imported.version().rescreening()));
        }, e -> {
            importing.set(false);
            progress.set(0);
            progressText.set("Import failed: " + ErrorMessages.sentence(e) + " Nothing was stored.");
        });
    }

    private record Imported(CaseScreening.ImportedList version, List<ListVersion> all) {
    }

    public void cancelImport() {
        if (importing.get()) {
            importJob.cancel();
            importing.set(false);
            progress.set(0);
            progressText.set("Import cancelled; nothing was stored.");
        }
    }

    public ObservableList<ListVersion> lists() {
        return lists;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
