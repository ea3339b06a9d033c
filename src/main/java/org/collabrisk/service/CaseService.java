package org.collabrisk.service;

import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.CaseRevision;
import org.collabrisk.store.CaseSummary;
import org.collabrisk.store.Database;
import org.collabrisk.store.Decision;
import org.collabrisk.store.JdbcAssessmentStore;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.JdbcCaseStore;
import org.collabrisk.store.JdbcDecisionStore;
import org.collabrisk.store.StoredAssessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saving, listing, reading, exporting and deciding cases: every write in one transaction together with its audit
 * entry. Thread-safe (no mutable state; the database hands out one connection per call), so the desktop app may call
 * it from background threads; never call it on the JavaFX thread.
 */
public final class CaseService {

    /** Records of a decided case are kept five years from the decision (15 CFR 762.6). */
    public static final int RETENTION_YEARS = 5;

    private final Database db;
    private final String actor;
    private final JdbcCaseStore cases = new JdbcCaseStore();
    private final JdbcAuditLog audit = new JdbcAuditLog();
    private final JdbcDecisionStore decisions = new JdbcDecisionStore();
    private final JdbcAssessmentStore assessments = new JdbcAssessmentStore();

    public CaseService(Database db) {
        this(db, defaultActor());
    }

    /** {@code actor} is the name recorded as who did each change (the operating-system user by default). */
    public CaseService(Database db, String actor) {
        this.db = db;
        this.actor = actor;
    }

    public static String defaultActor() {
        return System.getProperty("user.name", "unknown");
    }

    Database database() {
        return db;
    }

    String actor() {
        return actor;
    }

    /**
     * Saves a case: a new case (an id is generated when it has none) starts as DRAFT at revision 1; a changed case
     * gets a new immutable revision; an unchanged one is left alone. A decided case cannot be changed.
     */
    public SaveResult save(ResearchCase c) {
        CaseCodec.validate(c, c.id() == null ? "case '" + c.title() + "'" : "case " + c.id());
        return db.inTransaction(conn -> saveIn(conn, c, Instant.now()));
    }

    /** Saves many cases in one transaction: all of them or none. */
    public List<SaveResult> saveAll(List<ResearchCase> list) {
        for (ResearchCase c : list) {
            CaseCodec.validate(c, c.id() == null ? "case '" + c.title() + "'" : "case " + c.id());
        }
        return db.inTransaction(conn -> {
            List<SaveResult> out = new ArrayList<>(list.size());
            Instant now = Instant.now();
            for (ResearchCase c : list) {
                out.add(saveIn(conn, c, now));
            }
            return out;
        });
    }

    /**
     * Imports case files (each one case or an array of cases) all-or-nothing: every file is read and checked first,
     * and one bad case anywhere imports nothing, with a message naming the file and the case.
     */
    public List<SaveResult> importFiles(List<Path> files) {
        List<ResearchCase> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path f : files) {
            String json;
            try {
                json = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(f + ": cannot be read (" + e.getMessage() + ")", e);
            }
            List<ResearchCase> read = CaseCodec.readFile(json, f.toString());
            for (int i = 0; i < read.size(); i++) {
                ResearchCase c = read.get(i);
                String where = f + (read.size() > 1 ? ", case " + (i + 1) : "");
                if (c.id() != null && seen.putIfAbsent(c.id(), where) != null) {
                    throw new InvalidInputException(where + ": case id '" + c.id() + "' was already given by "
                            + seen.get(c.id()) + "; nothing was imported");
                }
                all.add(c);
            }
        }
        return db.inTransaction(conn -> {
            List<SaveResult> out = new ArrayList<>(all.size());
            Instant now = Instant.now();
            for (ResearchCase c : all) {
                try {
                    out.add(saveIn(conn, c, now));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(e.getMessage() + "; nothing was imported", e);
                }
            }
            return out;
        });
    }

    private SaveResult saveIn(Connection conn, ResearchCase input, Instant now) throws SQLException {
        ResearchCase c = input.id() == null ? input.withId(newId(now)) : input;
        String json = CaseCodec.write(c);
        String sha = JdbcAuditLog.sha256(json.getBytes(StandardCharsets.UTF_8));
        Optional<CaseSummary> existing = cases.findForUpdate(conn, c.id());
        CaseSummary summary;
        SaveResult.Change change;
        if (existing.isEmpty()) {
            summary = new CaseSummary(c.id(), c.title(), CaseStatus.DRAFT, null, c.people().size(),
                    c.artifacts().size(), 1, now, now, null, false);
            cases.insert(conn, summary, json);
            change = SaveResult.Change.CREATED;
        } else {
            CaseSummary old = existing.get();
            List<CaseRevision> revs = cases.revisions(conn, c.id());
            if (!revs.isEmpty() && revs.get(revs.size() - 1).sha256().equals(sha)) {
                return new SaveResult(new StoredCase(old, c), SaveResult.Change.UNCHANGED);
            }
            if (old.status().isDecision()) {
                throw new InvalidInputException("case " + c.id() + " was decided (" + old.status() + ") and its "
                        + "record is kept as decided (15 CFR 762.6); save the changes as a new case");
            }
            if (old.archived()) {
                throw new InvalidInputException("case " + c.id() + " is archived and cannot be changed");
            }
            int revision = old.revision() + 1;
            cases.updateContent(conn, c.id(), c.title(), c.people().size(), c.artifacts().size(), revision, now, json);
            summary = new CaseSummary(c.id(), c.title(), old.status(), null, c.people().size(),
                    c.artifacts().size(), revision, old.createdAt(), now, old.decidedAt(), false);
            change = SaveResult.Change.REVISED;
        }
        cases.insertRevision(conn, new CaseRevision(c.id(), summary.revision(), now, actor, sha, json));
        audit.append(conn, actor, AuditAction.CASE_SAVED, c.id(), "revision " + summary.revision() + ", sha256 "
                + sha);
        return new SaveResult(new StoredCase(truncated(summary), c), change);
    }

    private static CaseSummary truncated(CaseSummary s) {
        return new CaseSummary(s.id(), s.title(), s.status(), s.overallOutcome(), s.peopleCount(), s.artifactCount(),
                s.revision(), ms(s.createdAt()), ms(s.updatedAt()), ms(s.decidedAt()), s.archived());
    }

    private static Instant ms(Instant i) {
        return i == null ? null : i.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String newId(Instant now) {
        return "case-" + now.atZone(ZoneOffset.UTC).toLocalDate().toString().replace("-", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Case listing from the columns (no JSON parsing): newest first; {@code status} null for all. */
    public List<CaseSummary> list(CaseStatus status, boolean includeArchived) {
        return db.read(conn -> cases.list(conn, status, includeArchived));
    }

    public Optional<StoredCase> find(String id) {
        return db.read(conn -> {
            Optional<CaseSummary> s = cases.find(conn, id);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            String json = cases.json(conn, id).orElseThrow();
            return Optional.of(new StoredCase(s.get(), CaseCodec.readStored(json, id)));
        });
    }

    /** The case, or bad input naming the id that is not in the database. */
    public StoredCase get(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("case '" + id + "' is not in the database"));
    }

    public List<CaseRevision> revisions(String id) {
        return db.read(conn -> cases.revisions(conn, id));
    }

    /** One revision's content. */
    public ResearchCase revision(String id, int revision) {
        CaseRevision r = db.read(conn -> cases.revision(conn, id, revision)).orElseThrow(
                () -> new InvalidInputException("case '" + id + "' has no revision " + revision));
        return CaseCodec.readStored(r.caseJson(), id);
    }

    public List<Decision> decisions(String id) {
        return db.read(conn -> decisions.forCase(conn, id));
    }

    public List<StoredAssessment> assessments(String id) {
        return db.read(conn -> assessments.forCase(conn, id));
    }

    /** The case file JSON (pretty-printed) of the current revision; the export is recorded in the audit log. */
    public String export(String id) {
        String json = db.inTransaction(conn -> {
            String stored = cases.json(conn, id).orElseThrow(
                    () -> new InvalidInputException("case '" + id + "' is not in the database"));
            CaseSummary s = cases.find(conn, id).orElseThrow();
            audit.append(conn, actor, AuditAction.CASE_EXPORTED, id, "revision " + s.revision());
            return stored;
        });
        return org.collabrisk.exchange.CaseJson.write(CaseCodec.readStored(json, id));
    }

    /** Writes the case file to {@code out} (via a temporary file, so a failed write leaves no half file). */
    public void exportTo(String id, Path out) {
        org.collabrisk.exchange.AtomicFiles.writeString(out, export(id));
    }

    /**
     * Moves a case along its lifecycle ({@link CaseStatus#next()}), recording the reviewer's note, the revision and
     * the latest assessment. A decision (CLEARED, LICENSE_NEEDED, ESCALATED) needs a note.
     */
    public Decision decide(String id, CaseStatus target, String note) {
        String text = note == null ? "" : note.strip();
        if (target.isDecision() && text.isEmpty()) {
            throw new InvalidInputException("a decision (" + target + ") needs a note saying why");
        }
        return db.inTransaction(conn -> {
            CaseSummary s = cases.findForUpdate(conn, id).orElseThrow(
                    () -> new InvalidInputException("case '" + id + "' is not in the database"));
            if (s.archived()) {
                throw new InvalidInputException("case " + id + " is archived and cannot change status");
            }
            if (!s.status().canMoveTo(target)) {
                throw new InvalidInputException("case " + id + " is " + s.status() + " and cannot move to " + target
                        + (s.status().next().isEmpty() ? " (a final decision)" : "; allowed: "
                        + s.status().next().stream().map(Enum::name).sorted().toList()));
            }
            Instant now = Instant.now();
            Long assessmentId = assessments.latest(conn, id).filter(a -> a.caseRevision() == s.revision())
                    .map(StoredAssessment::id).orElse(null);
            Decision d = new Decision(0, id, s.revision(), s.status(), target, text, actor, now, assessmentId);
            long decisionId = decisions.insert(conn, d);
            cases.updateStatus(conn, id, target, now, target.isDecision() ? now : null);
            // The note may name people: the log carries its SHA-256 only, which binds the note to the chain.
            audit.append(conn, actor, AuditAction.CASE_STATUS_CHANGED, id, s.status() + " -> " + target
                    + ", decision " + decisionId + ", revision " + s.revision() + ", assessment "
                    + (assessmentId == null ? "none" : assessmentId) + ", note sha256 "
                    + JdbcAuditLog.sha256(text.getBytes(StandardCharsets.UTF_8)));
            return new Decision(decisionId, id, s.revision(), s.status(), target, text, actor,
                    ms(now), assessmentId);
        });
    }

    /** Archives a case (hidden from the default listing, kept in full); the reason goes to the audit log. */
    public void archive(String id, String reason) {
        String why = requireReason(reason, "archiving");
        db.inTransaction(conn -> {
            CaseSummary s = cases.findForUpdate(conn, id).orElseThrow(
                    () -> new InvalidInputException("case '" + id + "' is not in the database"));
            if (!s.archived()) {
                cases.setArchived(conn, id, true);
                audit.append(conn, actor, AuditAction.CASE_ARCHIVED, id, "reason: " + why);
            }
            return null;
        });
    }

    /**
     * Deletes a case with its history. Refused for a decided case within five years of its decision (15 CFR
     * 762.6): archive it instead. The reason goes to the audit log.
     */
    public void delete(String id, String reason) {
        String why = requireReason(reason, "deleting");
        db.inTransaction(conn -> {
            CaseSummary s = cases.findForUpdate(conn, id).orElseThrow(
                    () -> new InvalidInputException("case '" + id + "' is not in the database"));
            if (s.decidedAt() != null) {
                Instant keepUntil = s.decidedAt().atZone(ZoneOffset.UTC).plusYears(RETENTION_YEARS).toInstant();
                if (Instant.now().isBefore(keepUntil)) {
                    throw new InvalidInputException("case " + id + " was decided on "
                            + s.decidedAt().atZone(ZoneOffset.UTC).toLocalDate() + " and must be kept until "
                            + keepUntil.atZone(ZoneOffset.UTC).toLocalDate() + " (15 CFR 762.6); archive it instead");
                }
            }
            cases.delete(conn, id);
            audit.append(conn, actor, AuditAction.CASE_DELETED, id, "status " + s.status() + ", revision "
                    + s.revision() + ", reason: " + why);
            return null;
        });
    }

    private static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(what + " needs a reason, which is kept in the audit log");
        }
        return reason.strip();
    }
}
