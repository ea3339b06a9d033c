package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lets the window appear before the database is open (start in under 1.5 s): every call waits, on the
 * background thread that makes it, until {@link #open} has handed over the real repository. The FX thread never
 * calls it.
 */
public final class DeferredCaseRepository implements CaseRepository {

    private final CompletableFuture<CaseRepository> target = new CompletableFuture<>();

    public void open(CaseRepository repository) {
        target.complete(repository);
    }

    public void failed(Throwable error) {
        target.completeExceptionally(error);
    }

    public boolean isOpen() {
        return target.isDone() && !target.isCompletedExceptionally();
    }

    private CaseRepository get() {
        return DesktopServices.await(target);
    }

    @Override
    public List<CaseSummary> listCases() {
        return get().listCases();
    }

    @Override
    public ResearchCase save(ResearchCase researchCase, Assessment latestAssessment) {
        return get().save(researchCase, latestAssessment);
    }

    @Override
    public ResearchCase load(String caseId) {
        return get().load(caseId);
    }

    @Override
    public CaseStatus status(String caseId) {
        return get().status(caseId);
    }

    @Override
    public void submitForReview(String caseId, String note) {
        get().submitForReview(caseId, note);
    }

    @Override
    public void decide(String caseId, Decision decision, String note) {
        get().decide(caseId, decision, note);
    }

    @Override
    public List<HistoryEntry> history(String caseId) {
        return get().history(caseId);
    }

    @Override
    public List<AuditEntry> audit(String caseId) {
        return get().audit(caseId);
    }

    @Override
    public void recordDisposition(String caseId, ScreeningHit hit, Disposition disposition, String reason) {
        get().recordDisposition(caseId, hit, disposition, reason);
    }

    @Override
    public List<RecordedDisposition> dispositions(String caseId) {
        return get().dispositions(caseId);
    }
}
