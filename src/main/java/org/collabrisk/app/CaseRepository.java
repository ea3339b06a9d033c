package org.collabrisk.app;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.time.Instant;
import java.util.List;

/**
 * What the app needs from the case store and office services (cases, revisions, workflow, dispositions, audit).
 * Called off the FX thread only: the implementation may block on JDBC.
 */
public interface CaseRepository {

    List<CaseSummary> listCases();

    /** Saves a new revision (a new case when {@code researchCase.id()} is null); returns the case with its id. */
    ResearchCase save(ResearchCase researchCase, Assessment latestAssessment);

    ResearchCase load(String caseId);

    CaseStatus status(String caseId);

    void submitForReview(String caseId, String note);

    void decide(String caseId, Decision decision, String note);

    /** Revisions, assessments and decisions of the case, oldest first. */
    List<HistoryEntry> history(String caseId);

    /** Audit-log entries about the case, oldest first. */
    List<AuditEntry> audit(String caseId);

    void recordDisposition(String caseId, ScreeningHit hit, Disposition disposition, String reason);

    /** The dispositions recorded for the case's hits, newest last. */
    List<RecordedDisposition> dispositions(String caseId);

    /** A saved case as the case list shows it. */
    record CaseSummary(String id, String title, CaseStatus status, org.collabrisk.domain.Outcome overall,
                       int people, int artifacts, Instant updated) {
    }

    /** The office's decision on a submitted case. */
    enum Decision {
        CLEARED("Cleared"), LICENSE_NEEDED("Licence needed"), ESCALATED("Escalated");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public CaseStatus resultingStatus() {
            return CaseStatus.valueOf(name());
        }

        /** "Cleared" for the status of a case. */
        public static String label(CaseStatus s) {
            return s == null ? "" : switch (s) {
                case DRAFT -> "Draft";
                case SUBMITTED -> "Submitted";
                case IN_REVIEW -> "In review";
                case CLEARED -> "Cleared";
                case LICENSE_NEEDED -> "Licence needed";
                case ESCALATED -> "Escalated";
            };
        }
    }

    /** A reviewer's call on a screening hit. */
    enum Disposition {
        CONFIRMED, DISMISSED
    }

    record HistoryEntry(Instant at, String kind, String summary) {
    }

    record AuditEntry(Instant at, String actor, String action, String detail) {
    }

    record RecordedDisposition(String person, String field, String list, String entry, Disposition disposition,
                               String reason, Instant at) {
        public boolean matches(ScreeningHit hit) {
            return person.equals(hit.person()) && field.equals(hit.field()) && list.equals(hit.list())
                    && entry.equals(hit.entry());
        }
    }
}
