package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository kept in memory: the fake the view-model and UI tests use, and what the app falls back to (saying
 * so in the status line) when it is started without a database. Thread-safe by synchronisation.
 */
public final class InMemoryCaseRepository implements CaseRepository {

    private final Clock clock;
    private final Map<String, Stored> cases = new LinkedHashMap<>();
    private int next = 1;

    public InMemoryCaseRepository() {
        this(Clock.systemUTC());
    }

    public InMemoryCaseRepository(Clock clock) {
        this.clock = clock;
    }

    private static final class Stored {
        ResearchCase current;
        Outcome overall;
        CaseStatus status = CaseStatus.DRAFT;
        Instant updated;
        final List<HistoryEntry> history = new ArrayList<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final List<RecordedDisposition> dispositions = new ArrayList<>();
    }

    @Override
    public synchronized List<CaseSummary> listCases() {
        return cases.values().stream()
                .map(s -> new CaseSummary(s.current.id(), s.current.title(), s.status, s.overall,
                        s.current.people().size(), s.current.artifacts().size(), s.updated))
                .sorted(Comparator.comparing(CaseSummary::updated).reversed())
                .toList();
    }

    @Override
    public synchronized ResearchCase save(ResearchCase c, Assessment latest) {
        Instant now = clock.instant();
        String id = c.id() != null && cases.containsKey(c.id()) ? c.id() : "case-" + next++;
        Stored s = cases.computeIfAbsent(id, k -> new Stored());
        s.current = c.withId(id);
        s.overall = latest == null ? null : latest.overall();
        s.updated = now;
        s.history.add(new HistoryEntry(now, "revision", "Revision " + (revisions(s) + 1) + " saved"));
        if (latest != null) {
            s.history.add(new HistoryEntry(now, "assessment", "Assessed under " + latest.ruleSet().id() + ": "
                    + latest.overall()));
        }
        s.audit.add(new AuditEntry(now, user(), "case.save", id));
        return s.current;
    }

    private static long revisions(Stored s) {
        return s.history.stream().filter(h -> h.kind().equals("revision")).count();
    }

    private static String user() {
        return System.getProperty("user.name", "user");
    }

    private Stored get(String id) {
        Stored s = cases.get(id);
        if (s == null) {
            throw new InvalidInputException("no saved case with id '" + id + "'");
        }
        return s;
    }

    @Override
    public synchronized ResearchCase load(String caseId) {
        return get(caseId).current;
    }

    @Override
    public synchronized CaseStatus status(String caseId) {
        return get(caseId).status;
    }

    @Override
    public synchronized void submitForReview(String caseId, String note) {
        Stored s = get(caseId);
        s.status = CaseStatus.SUBMITTED;
        Instant now = clock.instant();
        s.history.add(new HistoryEntry(now, "submission", "Submitted for review" + (note == null || note.isBlank() ? "" : ": " + note)));
        s.audit.add(new AuditEntry(now, user(), "case.submit", caseId));
    }

    @Override
    public synchronized void decide(String caseId, Decision decision, String note) {
        Stored s = get(caseId);
        if (s.status == CaseStatus.SUBMITTED) {
            s.status = CaseStatus.IN_REVIEW; // the reviewer takes it up, as the store does
        }
        if (!s.status.canMoveTo(decision.resultingStatus())) {
            throw new InvalidInputException("case " + caseId + " is " + s.status + " and cannot move to "
                    + decision.resultingStatus());
        }
        s.status = decision.resultingStatus();
        Instant now = clock.instant();
        s.history.add(new HistoryEntry(now, "decision", decision.label() + (note == null || note.isBlank() ? "" : ": " + note)));
        s.audit.add(new AuditEntry(now, user(), "case.decide", caseId + " " + decision));
    }

    @Override
    public synchronized List<HistoryEntry> history(String caseId) {
        return List.copyOf(get(caseId).history);
    }

    @Override
    public synchronized List<AuditEntry> audit(String caseId) {
        return List.copyOf(get(caseId).audit);
    }

    @Override
    public synchronized void recordDisposition(String caseId, ScreeningHit hit, Disposition disposition, String reason) {
        Stored s = get(caseId);
        Instant now = clock.instant();
        s.dispositions.add(new RecordedDisposition(hit.person(), hit.field(), hit.list(), hit.entry(), disposition,
                reason, now));
        s.audit.add(new AuditEntry(now, user(), "screening." + disposition.name().toLowerCase(java.util.Locale.ROOT),
                hit.list() + " " + hit.entry() + ": " + reason));
    }

    @Override
    public synchronized List<RecordedDisposition> dispositions(String caseId) {
        return List.copyOf(get(caseId).dispositions);
    }
}
