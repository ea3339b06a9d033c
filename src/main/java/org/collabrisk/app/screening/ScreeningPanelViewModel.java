package org.collabrisk.app.screening;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.app.CaseRepository;
import org.collabrisk.app.CaseRepository.Disposition;
import org.collabrisk.app.CaseRepository.RecordedDisposition;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.util.List;

/**
 * The case's screening hits (people's names and affiliations against the loaded lists) with the reviewer's
 * disposition: confirm or dismiss, always with a reason, stored with the case (and in the audit log).
 */
public final class ScreeningPanelViewModel {

    private final CaseRepository repository;
    private final TaskRunner tasks;
    private final ObservableList<HitRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private String caseId;

    public ScreeningPanelViewModel(CaseRepository repository, TaskRunner tasks) {
        this.repository = repository;
        this.tasks = tasks;
    }

    /** A hit as the panel shows it, with the latest disposition if any. */
    public record HitRow(ScreeningHit hit, String personName, RecordedDisposition disposition) {
        public String status() {
            return disposition == null ? "Open" : disposition.disposition() == Disposition.CONFIRMED
                    ? "Confirmed" : "Dismissed";
        }
    }

    public void show(String savedCaseId, ResearchCase c, Assessment a) {
        this.caseId = savedCaseId;
        List<ScreeningHit> hits = a == null ? List.of() : a.screening();
        if (hits.isEmpty()) {
            rows.clear();
            message.set(a == null ? "No assessment yet." : a.lists().isEmpty()
                    ? "No screening list is loaded: import one under Lists (Ctrl+I) to screen people and affiliations."
                    : "No hits: nobody on the case matched the loaded lists.");
            return;
        }
        List<HitRow> base = hits.stream().map(h -> new HitRow(h, name(c, h.person()), null)).toList();
        rows.setAll(base);
        if (savedCaseId == null) {
            message.set(hits.size() + " hit(s). Save the case (Ctrl+S) to record dispositions.");
            return;
        }
        message.set(hits.size() + " hit(s).");
        tasks.run("Loading dispositions", p -> repository.dispositions(savedCaseId), ds -> {
            rows.setAll(base.stream().map(r -> new HitRow(r.hit(), r.personName(), latest(ds, r.hit()))).toList());
        }, e -> message.set("Could not load dispositions: " + ErrorMessages.sentence(e)));
    }

    static RecordedDisposition latest(List<RecordedDisposition> ds, ScreeningHit h) {
        RecordedDisposition found = null;
        for (RecordedDisposition d : ds) {
            if (d.matches(h)) {
                found = d;
            }
        }
        return found;
    }

    private static String name(ResearchCase c, String personId) {
        return c == null ? personId : c.person(personId).map(p -> p.name()).orElse(personId);
    }

    /** Records a disposition; returns an error sentence (and changes nothing) when it cannot. */
    public String dispose(HitRow row, Disposition disposition, String reason) {
        if (caseId == null) {
            return "Save the case first (Ctrl+S): dispositions are stored with a saved case.";
        }
        if (reason == null || reason.isBlank()) {
            return "Give a reason: it is kept in the record (15 CFR 762.6 asks for records of the decision).";
        }
        String id = caseId;
        tasks.run("Recording disposition", p -> {
            repository.recordDisposition(id, row.hit(), disposition, reason.trim());
            return repository.dispositions(id);
        }, ds -> {
            int i = rows.indexOf(row);
            if (i >= 0) {
                rows.set(i, new HitRow(row.hit(), row.personName(), latest(ds, row.hit())));
            }
            message.set((disposition == Disposition.CONFIRMED ? "Confirmed " : "Dismissed ") + row.hit().entryName());
        }, e -> message.set("Could not record: " + ErrorMessages.sentence(e)));
        return null;
    }

    public ObservableList<HitRow> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
