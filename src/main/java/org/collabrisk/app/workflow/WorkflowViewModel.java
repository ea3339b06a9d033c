package org.collabrisk.app.workflow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.app.CaseRepository;
import org.collabrisk.app.CaseRepository.AuditEntry;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.app.CaseRepository.Decision;
import org.collabrisk.app.CaseRepository.HistoryEntry;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;

import java.util.List;

/**
 * The office workflow for the open case: submit for review, decide (cleared / licence needed / escalated) with a
 * note, and the case's history and audit entries.
 */
public final class WorkflowViewModel {

    private final CaseRepository repository;
    private final TaskRunner tasks;
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private String caseId;

    public WorkflowViewModel(CaseRepository repository, TaskRunner tasks) {
        this.repository = repository;
        this.tasks = tasks;
    }

    record Snapshot(CaseStatus status, List<HistoryEntry> history, List<AuditEntry> audit) {
    }

    public void show(String savedCaseId) {
        this.caseId = savedCaseId;
        if (savedCaseId == null) {
            status.set(null);
            history.clear();
            audit.clear();
            message.set("Save the case (Ctrl+S) to submit it for review and keep its history.");
            return;
        }
        message.set("");
        tasks.run("Loading history", p -> snapshot(savedCaseId), this::apply,
                e -> message.set("Could not load the history: " + ErrorMessages.sentence(e)));
    }

    private Snapshot snapshot(String id) {
        return new Snapshot(repository.status(id), repository.history(id), repository.audit(id));
    }

    private void apply(Snapshot s) {
        status.set(s.status());
        history.setAll(s.history());
        audit.setAll(s.audit());
    }

    /** Returns an error sentence, or null when the submission was started. */
    public String submit(String note) {
        if (caseId == null) {
            return "Save the case first (Ctrl+S).";
        }
        if (status.get() == CaseStatus.SUBMITTED) {
            return "The case is already waiting for review.";
        }
        String id = caseId;
        tasks.run("Submitting", p -> {
            repository.submitForReview(id, note);
            return snapshot(id);
        }, s -> {
            apply(s);
            message.set("Submitted for review.");
        }, e -> message.set("Could not submit: " + ErrorMessages.sentence(e)));
        return null;
    }

    /** Returns an error sentence, or null when the decision was started. */
    public String decide(Decision decision, String note) {
        if (caseId == null) {
            return "Save the case first (Ctrl+S).";
        }
        CaseStatus now = status.get();
        if (now != CaseStatus.SUBMITTED && now != CaseStatus.IN_REVIEW && now != CaseStatus.ESCALATED) {
            return "Only a case submitted for review can be decided (status now: "
                    + (now == null ? "unknown" : Decision.label(now)) + ").";
        }
        if (now == CaseStatus.ESCALATED && decision == Decision.ESCALATED) {
            return "The case is already escalated: decide cleared or licence needed.";
        }
        if (decision == null) {
            return "Choose a decision.";
        }
        if (decision != Decision.CLEARED && (note == null || note.isBlank())) {
            return "Add a note explaining the decision (licence to apply for, or why it is escalated).";
        }
        String id = caseId;
        tasks.run("Recording decision", p -> {
            repository.decide(id, decision, note);
            return snapshot(id);
        }, s -> {
            apply(s);
            message.set("Decision recorded: " + decision.label() + ".");
        }, e -> message.set("Could not record the decision: " + ErrorMessages.sentence(e)));
        return null;
    }

    /** The latest decision line of the history, for reports (null when undecided). */
    public String latestDecision() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind().equals("decision")) {
                return history.get(i).summary() + " (" + history.get(i).at() + ")";
            }
        }
        return null;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
