package org.collabrisk.app.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.app.CaseAssessor;
import org.collabrisk.app.CaseScreening;
import org.collabrisk.app.common.BackgroundJob;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same case under every rule set side by side (ear-2026, ai-diffusion-2025, frontier-thresholds-2026, …):
 * one row per release plus the overall outcome, rows whose outcomes differ flagged. Hypothetical rule sets are
 * labelled as such in their column title.
 */
public final class CompareViewModel {

    private final CaseAssessor assessor;
    private final CaseScreening screening;
    private final TaskRunner tasks;
    private final ObservableList<RuleSetRef> columns = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Open a case to compare it under every rule set.");
    private BackgroundJob job = BackgroundJob.DONE;

    public CompareViewModel(CaseAssessor assessor, CaseScreening screening, TaskRunner tasks) {
        this.assessor = assessor;
        this.screening = screening;
        this.tasks = tasks;
    }

    /** One line of the comparison: a release (or the overall outcome) and its outcome per rule set id. */
    public record Row(String artifact, String person, Map<String, Outcome> outcomes, boolean overall) {
        public boolean differs() {
            return outcomes.values().stream().distinct().count() > 1;
        }

        public String label() {
            return overall ? "Overall (most severe)" : artifact + " → " + person;
        }
    }

    /** Column title: "AI Diffusion rule (2025-01-15)" or "Frontier thresholds … — HYPOTHETICAL". */
    public static String columnTitle(RuleSetRef r) {
        boolean labelled = r.title().toUpperCase(java.util.Locale.ROOT).contains("HYPOTHETICAL");
        return r.title() + " (" + r.date() + ")" + (r.hypothetical() && !labelled ? " — HYPOTHETICAL" : "");
    }

    public void compare(ResearchCase c) {
        job.cancel();
        if (c == null) {
            rows.clear();
            message.set("Open a case to compare it under every rule set.");
            return;
        }
        running.set(true);
        message.set("Assessing under every rule set…");
        job = tasks.run("Comparing rule sets", p -> {
            Map<RuleSetRef, Assessment> out = new LinkedHashMap<>();
            for (RuleSetRef r : assessor.ruleSets()) {
                if (p.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                out.put(r, assessor.assess(c, r.id()));
            }
            return out;
        }, result -> {
            running.set(false);
            columns.setAll(result.keySet());
            rows.setAll(buildRows(c, result));
            long differing = rows.stream().filter(Row::differs).count();
            message.set(differing == 0 ? "All rule sets agree on every release."
                    : differing + " of " + rows.size() + " rows differ between rule sets (marked ≠).");
        }, e -> {
            running.set(false);
            message.set("Could not compare: " + ErrorMessages.sentence(e));
        });
    }

    static List<Row> buildRows(ResearchCase c, Map<RuleSetRef, Assessment> byRuleSet) {
        List<Row> out = new ArrayList<>();
        Map<String, Outcome> overall = new LinkedHashMap<>();
        byRuleSet.forEach((r, a) -> overall.put(r.id(), a.overall()));
        out.add(new Row(null, null, overall, true));
        for (Artifact art : c.artifacts()) {
            for (Person p : c.recipientsOf(art)) {
                Map<String, Outcome> m = new LinkedHashMap<>();
                byRuleSet.forEach((r, a) -> m.put(r.id(), a.release(art.id(), p.id())
                        .map(rel -> rel.outcome()).orElse(null)));
                out.add(new Row(art.name(), p.name(), m, false));
            }
        }
        return out;
    }

    public ObservableList<RuleSetRef> columns() {
        return columns;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
