package org.collabrisk.app.batch;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.collabrisk.batch.BatchFinding;
import org.collabrisk.batch.BatchReports;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.BatchRunStore;
import org.collabrisk.batch.BatchRunner;
import org.collabrisk.batch.BatchSettings;
import org.collabrisk.batch.FlaggedPaper;
import org.collabrisk.batch.ScreenerFactory;
import org.collabrisk.batch.ScreeningPolicy;
import org.collabrisk.domain.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * State and actions of the batch screen, without any {@code Node}: choose the papers CSV and the lists, pick the
 * policy, run with progress and cancel, filter the reasons, export the reports. Tested without a toolkit using
 * {@link BackgroundRunner#sameThread()}.
 */
public final class BatchViewModel {

    /** Band filter choices. */
    public static final String ALL_BANDS = "All bands";

    private final BatchRunner runner;
    private final BackgroundRunner background;
    private final Function<BatchResult, BatchRunStore> runStore;

    private final ObjectProperty<Path> papersFile = new SimpleObjectProperty<>();
    private final ObservableList<Path> listFiles = FXCollections.observableArrayList();
    private final ObjectProperty<ScreeningPolicy> policy = new SimpleObjectProperty<>(ScreeningPolicy.SDN);
    private final DoubleProperty threshold = new SimpleDoubleProperty(BatchSettings.DEFAULT_THRESHOLD);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> bandFilter = new SimpleObjectProperty<>(ALL_BANDS);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a papers CSV and at least one list.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BatchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper savedRunAt = new ReadOnlyStringWrapper("");
    private final ObservableList<BatchFinding> findings = FXCollections.observableArrayList();
    private final FilteredList<BatchFinding> visibleFindings = new FilteredList<>(findings, f -> true);
    private final BooleanProperty canRun = new SimpleBooleanProperty();

    private AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param screeners  loads the list files (the screening engine in the app)
     * @param background runs the batch off the FX thread
     * @param runStore   where a finished run is kept for audit (15 CFR 762.6)
     */
    public BatchViewModel(ScreenerFactory screeners, BackgroundRunner background,
                          Function<BatchResult, BatchRunStore> runStore) {
        this.runner = new BatchRunner(screeners);
        this.background = background;
        this.runStore = runStore;
        BooleanBinding ready = papersFile.isNotNull().and(Bindings.isNotEmpty(listFiles)).and(running.not());
        canRun.bind(ready);
        filterText.addListener((o, a, b) -> refilter());
        bandFilter.addListener((o, a, b) -> refilter());
    }

    public ObjectProperty<Path> papersFileProperty() {
        return papersFile;
    }

    public ObservableList<Path> listFiles() {
        return listFiles;
    }

    public ObjectProperty<ScreeningPolicy> policyProperty() {
        return policy;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> bandFilterProperty() {
        return bandFilter;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** -1 while the length is unknown (list loading), else 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BatchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedRunAtProperty() {
        return savedRunAt.getReadOnlyProperty();
    }

    public BooleanProperty canRunProperty() {
        return canRun;
    }

    /** Every reason of every flagged paper, filtered by {@link #filterTextProperty()} and the band. */
    public ObservableList<BatchFinding> visibleFindings() {
        return visibleFindings;
    }

    public static List<String> bandChoices() {
        return List.of(ALL_BANDS, "MATCH", "REVIEW");
    }

    /** Starts a run off the UI thread. Returns false (with {@link #errorProperty()} set) when it cannot start. */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        if (papersFile.get() == null || listFiles.isEmpty()) {
            error.set("Choose a papers CSV and at least one screening list before running.");
            return false;
        }
        BatchSettings settings;
        try {
            settings = new BatchSettings(policy.get(), threshold.get(), Runtime.getRuntime().availableProcessors());
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return false;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        Path papers = papersFile.get();
        List<Path> lists = new ArrayList<>(listFiles);
        error.set("");
        running.set(true);
        progress.set(-1);
        status.set("Reading " + papers.getFileName() + "…");
        background.run(() -> {
            BatchResult r = runner.run(papers, lists, settings, (phase, done, total) ->
                    background.uiThread().execute(() -> onProgress(phase, done, total)), cancel::get);
            // The audit record is written here, off the FX thread (it may be a database write).
            try {
                return new Finished(r, runStore.apply(r).save(r), null);
            } catch (RuntimeException e) {
                return new Finished(r, "", "The run finished but its audit record could not be saved: " + e.getMessage());
            }
        }, this::onFinished, this::onFailed);
        return true;
    }

    private record Finished(BatchResult result, String savedAt, String saveError) {
    }

    /** Asks the running batch to stop at the next chunk of names. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            status.set("Cancelling…");
        }
    }

    private void onProgress(String phase, long done, long total) {
        if (!running.get()) {
            return;
        }
        switch (phase) {
            case "import" -> status.set(String.format(Locale.ROOT, "Rows read: %,d", done));
            case "lists" -> {
                progress.set(-1);
                status.set("Loading " + total + " list file(s)…");
            }
            case "screening" -> {
                progress.set(total == 0 ? 1 : done / (double) total);
                status.set(String.format(Locale.ROOT, "Names screened: %,d / %,d", done, total));
            }
            default -> status.set(phase);
        }
    }

    private void onFinished(Finished done) {
        BatchResult r = done.result();
        running.set(false);
        progress.set(1);
        result.set(r);
        List<BatchFinding> all = new ArrayList<>();
        for (FlaggedPaper p : r.flagged()) {
            all.addAll(p.findings());
        }
        findings.setAll(all);
        refilter();
        savedRunAt.set(done.savedAt());
        if (done.saveError() != null) {
            error.set(done.saveError());
        }
        status.set(String.format(Locale.ROOT, "%,d papers screened, %,d to look at (policy %s). %d rows skipped.",
                r.papers(), r.flaggedPapers(), r.policy(), r.input().rowsSkipped()));
    }

    private void onFailed(Throwable t) {
        running.set(false);
        progress.set(0);
        if (t instanceof CancellationException) {
            status.set("Cancelled: nothing was saved.");
            return;
        }
        status.set("The batch did not run.");
        error.set(t instanceof InvalidInputException ? t.getMessage() : "Internal error: " + t);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String band = bandFilter.get();
        visibleFindings.setPredicate(f -> (band == null || ALL_BANDS.equals(band) || band.equals(f.band()))
                && (text.isEmpty() || contains(f, text)));
    }

    private static boolean contains(BatchFinding f, String text) {
        for (String s : new String[]{f.paperId(), f.title(), f.author(), f.value(), f.list(), f.entryName(),
                f.matchedName(), f.field(), f.country()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Flagged papers per list, for the chart. Empty before a run. */
    public Map<String, Integer> flaggedPapersByList() {
        return result.get() == null ? Map.of() : result.get().flaggedPapersByList();
    }

    /** Reasons per affiliation country, for the chart. Empty before a run. */
    public Map<String, Integer> findingsByCountry() {
        return result.get() == null ? Map.of() : result.get().findingsByCountry();
    }

    public void exportCsv(Path file) {
        BatchReports.saveCsv(requireResult(), file);
    }

    public void exportHtml(Path file) {
        BatchReports.saveHtml(requireResult(), file);
    }

    public void exportJson(Path file) {
        BatchReports.writeReplacing(file, BatchReports.toJson(requireResult()));
    }

    private BatchResult requireResult() {
        if (result.get() == null) {
            throw new InvalidInputException("Run a batch before exporting a report.");
        }
        return result.get();
    }
}
