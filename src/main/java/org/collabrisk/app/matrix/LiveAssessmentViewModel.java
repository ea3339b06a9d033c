package org.collabrisk.app.matrix;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.app.CaseAssessor;
import org.collabrisk.app.CaseScreening;
import org.collabrisk.app.common.BackgroundJob;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Re-assesses the case while the user edits (house style, "Threads"): each change restarts a ~250 ms quiet
 * period; when it passes, the case is screened and assessed in the background. A run that is overtaken by a newer
 * one is cancelled and its result dropped, so the matrix never shows a stale answer. Also feeds the banner.
 */
public final class LiveAssessmentViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final CaseAssessor assessor;
    private final CaseScreening screening;
    private final TaskRunner tasks;
    private final Supplier<ResearchCase> currentCase;
    private final ObjectProperty<RuleSetRef> ruleSet = new SimpleObjectProperty<>(this, "ruleSet");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyObjectWrapper<ResearchCase> assessedCase = new ReadOnlyObjectWrapper<>(this, "assessedCase");
    private final ReadOnlyObjectWrapper<Outcome> overall = new ReadOnlyObjectWrapper<>(this, "overall");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DisclosureMatrixViewModel matrix = new DisclosureMatrixViewModel();

    private BackgroundJob pendingDebounce = BackgroundJob.DONE;
    private BackgroundJob runningJob = BackgroundJob.DONE;
    private long generation;
    private int completedRuns;

    public LiveAssessmentViewModel(CaseAssessor assessor, CaseScreening screening, TaskRunner tasks,
                                   Supplier<ResearchCase> currentCase) {
        this.assessor = assessor;
        this.screening = screening;
        this.tasks = tasks;
        this.currentCase = currentCase;
        ruleSet.addListener((o, a, b) -> caseChanged());
    }

    /** Call on every edit: (re)starts the quiet period. */
    public void caseChanged() {
        pendingDebounce.cancel();
        pendingDebounce = tasks.schedule(DEBOUNCE, this::assessNow);
    }

    /** Assesses at once (after the quiet period, or when the user asks), cancelling any run in progress. */
    public void assessNow() {
        pendingDebounce.cancel();
        runningJob.cancel();
        RuleSetRef rs = ruleSet.get();
        ResearchCase c = currentCase.get();
        if (rs == null || c == null) {
            return;
        }
        long myGeneration = ++generation;
        running.set(true);
        runningJob = tasks.run("Assessing", progress -> {
            return assessor.assess(c, rs.id());
        }, result -> {
            if (myGeneration != generation) {
                return; // overtaken by a newer edit
            }
            running.set(false);
            completedRuns++;
            error.set(null);
            assessedCase.set(c);
            assessment.set(result);
            overall.set(result.overall());
            questions.setAll(result.questions());
            banner.set(bannerText(result));
            matrix.show(c, result);
        }, failure -> {
            if (myGeneration != generation) {
                return;
            }
            running.set(false);
            error.set("Could not assess the case: " + ErrorMessages.sentence(failure));
        });
    }

    static String bannerText(Assessment a) {
        Outcome o = a.overall();
        String rs = a.ruleSet() == null ? "" : " under " + a.ruleSet().title()
                + (a.ruleSet().hypothetical() ? " (HYPOTHETICAL rule set)" : "");
        String q = a.questions().isEmpty() ? "" : "; " + a.questions().size()
                + (a.questions().size() == 1 ? " open question" : " open questions");
        return "Overall: " + o.shortLabel().toUpperCase(java.util.Locale.ROOT) + " (" + o.meaning() + ")" + rs + q;
    }

    public void clear() {
        pendingDebounce.cancel();
        runningJob.cancel();
        generation++;
        running.set(false);
        assessment.set(null);
        assessedCase.set(null);
        overall.set(null);
        questions.clear();
        banner.set("");
        error.set(null);
        matrix.clear();
    }

    /** How many runs delivered a result (tests check that stale runs do not). */
    public int completedRuns() {
        return completedRuns;
    }

    public ObjectProperty<RuleSetRef> ruleSetProperty() {
        return ruleSet;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public ReadOnlyObjectProperty<ResearchCase> assessedCaseProperty() {
        return assessedCase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> questions() {
        return questions;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DisclosureMatrixViewModel matrix() {
        return matrix;
    }
}
