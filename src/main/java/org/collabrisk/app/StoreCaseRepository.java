package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.service.AuditService;
import org.collabrisk.service.CaseAssessmentService;
import org.collabrisk.service.CaseService;
import org.collabrisk.service.SaveResult;
import org.collabrisk.store.CaseRevision;
import org.collabrisk.store.Database;
import org.collabrisk.store.StoredAssessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The app's {@link CaseRepository} over the case store (H2 + Flyway, {@link CaseService}, {@link AuditService}):
 * revisions, lifecycle decisions and the hash-chained audit log come from there. Each save also records the
 * assessment the user saw (rule set, lists, full JSON) and the case's overall outcome for the list.
 */
public final class StoreCaseRepository implements CaseRepository {

    private final Database db;
    private final CaseService cases;
    private final AuditService audit;
    private final String actor;

    private final CaseAssessmentService assessments;

    public StoreCaseRepository(Database db) {
        this(db, new CaseAssessmentService(db, CaseService.defaultActor()));
    }

    public StoreCaseRepository(Database db, CaseAssessmentService assessments) {
        this.db = db;
        this.actor = CaseService.defaultActor();
        this.cases = new CaseService(db, actor);
        this.audit = new AuditService(db);
        this.assessments = assessments;
    }

    public Database database() {
        return db;
    }

    @Override
    public List<CaseSummary> listCases() {
        return cases.list(null, false).stream()
                .map(s -> new CaseSummary(s.id(), s.title(), s.status(), s.overallOutcome(), s.peopleCount(),
                        s.artifactCount(), s.updatedAt()))
                .toList();
    }

    @Override
    public ResearchCase save(ResearchCase c, Assessment latest) {
        SaveResult r = cases.save(c);
        String id = r.stored().id();
        if (latest != null && latest.ruleSet() != null) {
            // stored as cases assess stores it: this revision, the lists in force, with an audit entry
            assessments.assess(id, latest.ruleSet().id());
        }
        return r.stored().content().withId(id);
    }

    @Override
    public ResearchCase load(String caseId) {
        return cases.get(caseId).content();
    }

    @Override
    public CaseStatus status(String caseId) {
        return cases.get(caseId).summary().status();
    }

    @Override
    public void submitForReview(String caseId, String note) {
        cases.decide(caseId, CaseStatus.SUBMITTED, note);
    }

    @Override
    public void decide(String caseId, Decision decision, String note) {
        if (status(caseId) == CaseStatus.SUBMITTED) {
            cases.decide(caseId, CaseStatus.IN_REVIEW, "taken into review");
        }
        cases.decide(caseId, decision.resultingStatus(), note);
    }

    @Override
    public List<HistoryEntry> history(String caseId) {
        List<HistoryEntry> out = new ArrayList<>();
        for (CaseRevision r : cases.revisions(caseId)) {
            out.add(new HistoryEntry(r.savedAt(), "revision", "Revision " + r.revision() + " saved by " + r.savedBy()));
        }
        for (StoredAssessment a : cases.assessments(caseId)) {
            out.add(new HistoryEntry(a.assessedAt(), "assessment", "Revision " + a.caseRevision() + " assessed under "
                    + a.ruleSetId() + " v" + a.ruleSetVersion() + ": " + a.overall()));
        }
        for (org.collabrisk.store.Decision d : cases.decisions(caseId)) {
            String kind = d.to().isDecision() ? "decision" : "status";
            out.add(new HistoryEntry(d.decidedAt(), kind, Decision.label(d.to()) + (d.note() == null || d.note().isBlank()
                    ? "" : ": " + d.note()) + " (by " + d.decidedBy() + ", revision " + d.caseRevision() + ")"));
        }
        out.sort(Comparator.comparing(HistoryEntry::at));
        return out;
    }

    @Override
    public List<AuditEntry> audit(String caseId) {
        return audit.entries(caseId).stream()
                .map(e -> new AuditEntry(e.at(), e.actor(), e.action(), e.detail()))
                .toList();
    }

    @Override
    public void recordDisposition(String caseId, ScreeningHit hit, Disposition disposition, String reason) {
        assessments.dispose(caseId, hit, disposition == Disposition.CONFIRMED
                ? org.collabrisk.store.Disposition.Verdict.CONFIRMED_MATCH
                : org.collabrisk.store.Disposition.Verdict.FALSE_POSITIVE, reason);
    }

    @Override
    public List<RecordedDisposition> dispositions(String caseId) {
        return assessments.dispositions(caseId).stream()
                .map(d -> new RecordedDisposition(d.personId(), d.field(), d.listCode(), d.entryId(),
                        d.verdict() == org.collabrisk.store.Disposition.Verdict.CONFIRMED_MATCH
                                ? Disposition.CONFIRMED : Disposition.DISMISSED, d.reason(), d.decidedAt()))
                .toList();
    }
}
