package org.collabrisk.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.collabrisk.app.CaseRepository.Decision;
import org.collabrisk.app.compare.CompareViewModel;
import org.collabrisk.app.lists.ListsViewModel;
import org.collabrisk.app.screening.ScreeningPanelViewModel;
import org.collabrisk.app.workflow.WorkflowViewModel;
import org.collabrisk.config.AppInfo;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.exchange.CaseReportHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import org.collabrisk.app.AppServices;
import org.collabrisk.app.AppState;
import org.collabrisk.app.caselist.CaseListViewModel;
import org.collabrisk.app.common.DialogService;
import org.collabrisk.app.common.DialogService.FileKind;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.app.editor.CaseEditorViewModel;
import org.collabrisk.app.matrix.LiveAssessmentViewModel;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The main window's commands (new, open, save, samples, open from list, …) and the view models of its screens.
 * Each command does its I/O through the task runner and reports through the dialog service.
 */
public class MainViewModel {

    private final AppState state;
    private final AppServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CaseEditorViewModel editor = new CaseEditorViewModel();
    private final LiveAssessmentViewModel live;
    private final CaseListViewModel caseList;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.CASES);
    private final CompareViewModel compare;
    private final ScreeningPanelViewModel screeningPanel;
    private final WorkflowViewModel workflow;
    private final ListsViewModel lists;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final Clock clock;

    public MainViewModel(AppState state, AppServices services, TaskRunner tasks, DialogService dialogs) {
        this(state, services, tasks, dialogs, Clock.systemUTC());
    }

    public MainViewModel(AppState state, AppServices services, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.clock = clock;
        this.state = state;
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.live = new LiveAssessmentViewModel(services.assessor(), services.screening(), tasks,
                () -> editor.openProperty().get() ? editor.toCase() : null);
        this.caseList = new CaseListViewModel(services.repository(), tasks, msg -> dialogs.showError("Cases", msg));
        this.compare = new CompareViewModel(services.assessor(), services.screening(), tasks);
        this.screeningPanel = new ScreeningPanelViewModel(services.repository(), tasks);
        this.workflow = new WorkflowViewModel(services.repository(), tasks);
        this.lists = new ListsViewModel(services.screening(), tasks, clock, dialogs::notify);
        live.ruleSetProperty().bind(state.ruleSetProperty());
        // screens that show the open case refresh when they are shown or the case changes
        screen.addListener((o, a, b) -> refreshScreen(b));
        live.assessmentProperty().addListener((o, a, b) -> {
            if (screen.get() == Screen.SCREENING) {
                refreshScreen(Screen.SCREENING);
            }
        });
        editor.caseIdProperty().addListener((o, a, b) -> {
            if (screen.get() == Screen.WORKFLOW) {
                refreshScreen(Screen.WORKFLOW);
            }
        });
        lists.importingProperty().addListener((o, a, b) -> busy.set(b));
        progress.bind(lists.progressProperty());
        editor.changeCountProperty().addListener((o, a, b) -> {
            if (editor.openProperty().get()) {
                live.caseChanged();
            } else {
                live.clear();
            }
        });
    }

    /** Loads the rule sets (cheap, from resources) and then the case list from the database. */
    public void start(String preferredRuleSet) {
        tasks.run("Loading rule sets", p -> services.assessor().ruleSets(), sets -> {
            state.ruleSets().setAll(sets);
            if (!sets.isEmpty()) {
                state.selectRuleSet(preferredRuleSet);
                if (state.ruleSet() == null) {
                    state.ruleSetProperty().set(sets.get(0));
                }
            }
        }, e -> dialogs.showError("Rule sets", "Could not load the rule sets: " + ErrorMessages.sentence(e)));
        caseList.refresh();
        lists.refresh();
    }

    /** Brings a screen up to date with the open case when it is shown. */
    public void refreshScreen(Screen s) {
        switch (s) {
            case COMPARE -> compare.compare(editor.openProperty().get() ? editor.toCase() : null);
            case SCREENING -> screeningPanel.show(editor.caseIdProperty().get(), live.assessedCaseProperty().get(),
                    live.assessment());
            case WORKFLOW -> workflow.show(editor.caseIdProperty().get());
            case LISTS -> lists.refresh();
            case CASES -> caseList.refresh();
            default -> {
            }
        }
    }

    public boolean confirmDiscard() {
        return !editor.openProperty().get() || !editor.dirtyProperty().get()
                || dialogs.confirm("Unsaved changes", "The case \"" + editor.titleProperty().get()
                + "\" has unsaved changes. Discard them?");
    }

    public void newCase() {
        if (!confirmDiscard()) {
            return;
        }
        editor.newCase();
        screen.set(Screen.EDITOR);
    }

    public void openFileChooser() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen("Open case file", FileKind.CASE_JSON).ifPresent(this::openFile);
    }

    /** Opens a case file (menu, recent files, drag and drop). */
    public void openFile(Path file) {
        tasks.run("Opening " + file.getFileName(), p -> services.files().read(file), c -> {
            editor.load(c, file);
            state.rememberFile(file);
            screen.set(Screen.EDITOR);
            state.statusProperty().set("Opened " + file);
        }, e -> dialogs.showError("Open case file", ErrorMessages.sentence(e)));
    }

    /** The open case as it would be saved, or empty (with the reason shown) when there is none or it is not valid. */
    private java.util.Optional<ResearchCase> caseReadyToSave() {
        if (!editor.openProperty().get()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(editor.toCaseForSaving());
        } catch (InvalidInputException e) {
            dialogs.showError("Cannot save yet", e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Saves the case as a new revision in the database (with its latest assessment). */
    public void save() {
        ResearchCase c = caseReadyToSave().orElse(null);
        if (c == null) {
            return;
        }
        var assessment = live.assessment();
        tasks.run("Saving", p -> services.repository().save(c, assessment), saved -> {
            editor.markSaved(saved.id(), null);
            caseList.refresh();
            dialogs.notify("Saved \"" + title(saved) + "\"");
        }, e -> dialogs.showError("Save", "Could not save the case: " + ErrorMessages.sentence(e)));
    }

    /** Writes the case to a .json case file. */
    public void saveAsFile() {
        ResearchCase c = caseReadyToSave().orElse(null);
        if (c == null) {
            return;
        }
        String suggested = fileNameFor(c.title()) + ".json";
        dialogs.chooseFileToSave("Save case file", suggested, FileKind.CASE_JSON).ifPresent(file ->
                tasks.run("Writing " + file.getFileName(), p -> {
                    services.files().write(c, file);
                    return file;
                }, f -> {
                    editor.fileProperty().set(f);
                    state.rememberFile(f);
                    dialogs.notify("Wrote " + f.getFileName());
                }, e -> dialogs.showError("Save case file", ErrorMessages.sentence(e))));
    }

    static String fileNameFor(String title) {
        String t = title == null || title.isBlank() ? "case" : title;
        String s = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "case" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    /** Stores the sample cases in the database so the list shows them. */
    public void loadSamples() {
        tasks.run("Loading sample cases", p -> {
            List<ResearchCase> samples = services.samples().load();
            int n = 0;
            for (ResearchCase c : samples) {
                if (p.isCancelled()) {
                    break;
                }
                var a = state.ruleSet() == null ? null
                        : services.assessor().assess(c, state.ruleSetId());
                services.repository().save(c, a);
                n++;
            }
            return n;
        }, n -> {
            caseList.refresh();
            screen.set(Screen.CASES);
            dialogs.notify(n == 0 ? "This build has no sample cases" : "Loaded " + n + " sample cases");
        }, e -> dialogs.showError("Sample cases", "Could not load the sample cases: " + ErrorMessages.sentence(e)));
    }

    /** Opens a saved case (double-click in the list, or the last case on start). */
    public void openCase(String caseId) {
        if (!confirmDiscard()) {
            return;
        }
        tasks.run("Opening case", p -> services.repository().load(caseId), c -> {
            editor.load(c, null);
            screen.set(Screen.EDITOR);
        }, e -> dialogs.showError("Open case", "Could not open case " + caseId + ": " + ErrorMessages.sentence(e)));
    }

    /** Writes the current assessment as a self-contained HTML report. */
    public void exportHtmlReport() {
        Assessment a = live.assessment();
        ResearchCase c = live.assessedCaseProperty().get();
        if (a == null || c == null) {
            dialogs.showError("Export report", "There is no assessment to export yet: open or create a case first.");
            return;
        }
        String savedId = editor.caseIdProperty().get();
        dialogs.chooseFileToSave("Export HTML report", fileNameFor(c.title()) + "-report.html", FileKind.REPORT_HTML)
                .ifPresent(file -> tasks.run("Writing report", p -> {
                    String decision = savedId == null ? null : latestDecision(services.repository().history(savedId));
                    writeReport(c, a, decision, file, clock.instant());
                    return file;
                }, f -> dialogs.notify("Report written to " + f.getFileName()),
                        e -> dialogs.showError("Export report", ErrorMessages.sentence(e))));
    }

    /** The newest decision in a case's history, as the report prints it (null when undecided). */
    static String latestDecision(List<org.collabrisk.app.CaseRepository.HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind().equals("decision")) {
                return history.get(i).summary() + " (" + history.get(i).at() + ")";
            }
        }
        return null;
    }

    /** The report file, written all at once (a temp file replaced atomically). */
    public static void writeReport(ResearchCase c, Assessment a, String decision, Path file, Instant now)
            throws java.io.IOException {
        String html = CaseReportHtml.render(c, a, decision, now);
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".report-", ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public void exportAssessmentJson() {
        Assessment a = live.assessment();
        ResearchCase c = live.assessedCaseProperty().get();
        if (a == null || c == null) {
            dialogs.showError("Export assessment", "There is no assessment to export yet: open or create a case first.");
            return;
        }
        dialogs.chooseFileToSave("Export assessment JSON", fileNameFor(c.title()) + "-assessment.json",
                FileKind.ASSESSMENT_JSON).ifPresent(file -> tasks.run("Writing assessment", p -> {
                    services.files().writeAssessment(a, file);
                    return file;
                }, f -> dialogs.notify("Assessment written to " + f.getFileName()),
                e -> dialogs.showError("Export assessment", ErrorMessages.sentence(e))));
    }

    public void submitForReview() {
        screen.set(Screen.WORKFLOW);
        if (editor.caseIdProperty().get() == null || editor.dirtyProperty().get()) {
            dialogs.showError("Submit for review", "Save the case first (Ctrl+S), so the office reviews what you see.");
            return;
        }
        dialogs.askText("Submit for review", "Note for the export-control office (optional):", "")
                .ifPresent(note -> report("Submit for review", workflow.submit(note)));
    }

    public void decide() {
        screen.set(Screen.WORKFLOW);
        dialogs.choose("Record a decision", "Decision:", List.of(Decision.values()), Decision.CLEARED)
                .ifPresent(d -> dialogs.askText("Record a decision", "Note (" + d.label() + "):", "")
                        .ifPresent(note -> report("Record a decision", workflow.decide(d, note))));
    }

    private void report(String title, String error) {
        if (error != null) {
            dialogs.showError(title, error);
        }
    }

    public void importList() {
        screen.set(Screen.LISTS);
        dialogs.chooseFileToOpen("Import screening list", FileKind.SCREENING_LIST).ifPresent(lists::importFile);
    }

    /** The About box: version, the rule sets with their dates, the notice. */
    public String aboutText() {
        StringBuilder sb = new StringBuilder("CollabRisk " + AppInfo.version()
                + "\nDeemed-export screening aid for AI research collaborations.\n\nRule sets:\n");
        for (RuleSetRef r : state.ruleSets()) {
            sb.append("  ").append(r.id()).append(" v").append(r.version()).append(": ").append(r.title())
                    .append(", law as of ").append(r.date()).append(r.hypothetical() ? " (HYPOTHETICAL)" : "")
                    .append('\n');
        }
        if (state.ruleSets().isEmpty()) {
            sb.append("  (none loaded)\n");
        }
        sb.append("\n").append(AppState.noticeFor(state.ruleSet()));
        return sb.toString();
    }

    public void showAbout() {
        dialogs.showInfo("About CollabRisk", aboutText());
    }

    /** Re-opens the last case on start; a case that no longer exists is simply not opened. */
    public void openCaseQuietly(String caseId) {
        tasks.run("Opening last case", p -> services.repository().load(caseId), c -> editor.load(c, null),
                e -> state.statusProperty().set("The last case (" + caseId + ") could not be reopened."));
    }

    private static String title(ResearchCase c) {
        return c.title() == null ? "Untitled case" : c.title();
    }

    public AppState state() {
        return state;
    }

    public AppServices services() {
        return services;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public CaseEditorViewModel editor() {
        return editor;
    }

    public LiveAssessmentViewModel live() {
        return live;
    }

    public CaseListViewModel caseList() {
        return caseList;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public ScreeningPanelViewModel screeningPanel() {
        return screeningPanel;
    }

    public WorkflowViewModel workflow() {
        return workflow;
    }

    public ListsViewModel lists() {
        return lists;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }
}
