package org.collabrisk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.exchange.AssessmentJson;
import org.collabrisk.exchange.Json;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;
import org.collabrisk.screening.CaseScreener;
import org.collabrisk.screening.NameNormalizer;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.screening.Suppression;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.CaseSummary;
import org.collabrisk.store.Database;
import org.collabrisk.store.Disposition;
import org.collabrisk.store.JdbcAssessmentStore;
import org.collabrisk.store.JdbcAuditLog;
import org.collabrisk.store.JdbcCaseStore;
import org.collabrisk.store.JdbcDispositionStore;
import org.collabrisk.store.JdbcListStore;
import org.collabrisk.store.StoredAssessment;
import org.collabrisk.store.StoredList;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assessing saved cases: screens the people against the lists in force in the database (minus the hits a reviewer
 * dismissed), runs the evaluator ({@link AssessmentService}) under a rule set, and stores the assessment (rule set id and version, list
 * versions and hashes, outcome, full JSON) with an audit entry, in one transaction. Also records dispositions of
 * screening hits. Thread-safe; the screening index of the lists in force is built once and rebuilt when a list
 * import changes them.
 */
public final class CaseAssessmentService {

    private final Database db;
    private final String actor;
    private final AssessmentService assessor = new AssessmentService();
    private final JdbcCaseStore cases = new JdbcCaseStore();
    private final JdbcAssessmentStore assessments = new JdbcAssessmentStore();
    private final JdbcDispositionStore dispositions = new JdbcDispositionStore();
    private final JdbcListStore lists = new JdbcListStore();
    private final JdbcAuditLog audit = new JdbcAuditLog();
    private final ListService listService;
    private volatile Screening screening;

    public CaseAssessmentService(Database db, String actor) {
        this.db = db;
        this.actor = actor;
        this.listService = new ListService(db, actor);
    }

    /** The screening lists in force, indexed; {@code key} identifies which imports they came from. */
    public record Screening(String key, ScreeningIndex index, List<ListVersion> versions) {
        public boolean hasLists() {
            return !versions.isEmpty();
        }
    }

    /** A stored assessment with the assessment itself. */
    public record Result(StoredAssessment stored, Assessment assessment) {
    }

    /** The index over the lists in force (cached until a list import changes them). */
    public Screening screening() {
        Map<String, Long> active = db.read(lists::activeListIds);
        String key = active.toString();
        Screening current = screening;
        if (current != null && current.key().equals(key)) {
            return current;
        }
        synchronized (this) {
            if (screening != null && screening.key().equals(key)) {
                return screening;
            }
            ListService.ActiveLists activeLists = listService.activeEntries();
            // one ScreeningList per import, holding that import's entries of the list codes it is in force for
            Map<Long, List<ListEntry>> byImport = new LinkedHashMap<>();
            for (ListEntry e : activeLists.entries()) {
                byImport.computeIfAbsent(active.get(e.list()), k -> new ArrayList<>()).add(e);
            }
            List<ScreeningList> screeningLists = new ArrayList<>();
            for (StoredList from : activeLists.lists()) {
                screeningLists.add(new ScreeningList(from.version(), byImport.getOrDefault(from.id(), List.of())));
            }
            screening = new Screening(key, ScreeningIndex.build(screeningLists), activeLists.versions());
            return screening;
        }
    }

    /** Hits of a case against the lists in force, without those dismissed by a reviewer. */
    public List<ScreeningHit> screen(ResearchCase c) {
        Screening s = screening();
        if (!s.hasLists()) {
            return List.of();
        }
        return new CaseScreener(s.index()).screen(c, suppressionsOf(c));
    }

    /** Evaluates without storing anything (for live feedback while a case is edited). */
    public Assessment preview(ResearchCase c, RuleSet rules) {
        Screening s = screening();
        if (!s.hasLists()) {
            return assessor.assess(c, rules);
        }
        return assessor.assess(c, rules, s.index(), suppressionsOf(c));
    }

    private Set<Suppression> suppressionsOf(ResearchCase c) {
        return c.id() == null ? Set.of() : suppressions(c, dispositions(c.id()));
    }

    /**
     * Assesses the current revision of a saved case and stores the assessment. {@code ruleSetIdOrFile} null means
     * the rule set of the case's previous assessment, or the default ({@link RuleSetCatalog#DEFAULT_ID}).
     */
    public Result assess(String caseId, String ruleSetIdOrFile) {
        return assess(caseId, ruleSetIdOrFile, AuditAction.CASE_ASSESSED, "");
    }

    Result assess(String caseId, String ruleSetIdOrFile, AuditAction action, String why) {
        StoredCase stored = new CaseService(db, actor).get(caseId);
        RuleSet rules = ruleSetFor(caseId, ruleSetIdOrFile);
        Screening s = screening();
        Assessment a = preview(stored.content(), rules);
        String listsJson = json(s.versions());
        String assessmentJson = AssessmentJson.write(a);
        return db.inTransaction(c -> {
            CaseSummary now = cases.findForUpdate(c, caseId).orElseThrow(
                    () -> new InvalidInputException("case '" + caseId + "' is not in the database"));
            if (now.revision() != stored.summary().revision()) {
                throw new InvalidInputException("case " + caseId + " was changed while it was being assessed "
                        + "(revision " + stored.summary().revision() + " -> " + now.revision() + "); assess it again");
            }
            StoredAssessment row = new StoredAssessment(0, caseId, now.revision(), rules.id(), rules.version(),
                    a.overall(), a.assessedAt(), listsJson, assessmentJson);
            long id = assessments.insert(c, row);
            cases.updateOutcome(c, caseId, a.overall());
            StringBuilder lists = new StringBuilder();
            for (ListVersion v : s.versions()) {
                lists.append(lists.length() == 0 ? "" : ", ").append(v.name()).append(" sha256 ").append(v.sha256());
            }
            audit.append(c, actor, action, caseId, "assessment " + id + ", revision " + now.revision()
                    + ", rule set " + rules.id() + " " + rules.version() + ", outcome " + a.overall() + ", lists: "
                    + (lists.length() == 0 ? "none imported" : lists) + why);
            return new Result(new StoredAssessment(id, caseId, now.revision(), rules.id(), rules.version(),
                    a.overall(), a.assessedAt(), listsJson, assessmentJson), a);
        });
    }

    /** The newest stored assessment of a case, parsed. */
    public Optional<Assessment> latest(String caseId) {
        return db.read(c -> assessments.latest(c, caseId))
                .map(s -> AssessmentJson.read(s.assessmentJson(), "assessment #" + s.id()));
    }

    private RuleSet ruleSetFor(String caseId, String requested) {
        if (requested != null && !requested.isBlank()) {
            return RuleSetCatalog.resolve(requested);
        }
        Optional<StoredAssessment> previous = db.read(c -> assessments.latest(c, caseId));
        return previous.flatMap(p -> RuleSetCatalog.byId(p.ruleSetId())).orElseGet(RuleSetCatalog::defaultRuleSet);
    }

    // ------------------------------------------------------------------------------------------ dispositions

    /**
     * Records a reviewer's disposition of a screening hit on a saved case. The entry must be on a list in force; its
     * fingerprint is kept, so a false positive comes back when the list changes the entry or the screened text is
     * edited. The reason goes to the dispositions table; the audit log carries its SHA-256 (it may name people).
     */
    public Disposition dispose(String caseId, ScreeningHit hit, Disposition.Verdict verdict, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("a disposition needs a reason (who the person is, why the hit is or is not "
                    + "the listed party)");
        }
        StoredCase stored = new CaseService(db, actor).get(caseId);
        Person person = stored.content().person(hit.person()).orElseThrow(() -> new InvalidInputException(
                "case " + caseId + " has no person '" + hit.person() + "'"));
        String text = ScreeningHit.FIELD_NAME.equals(hit.field()) ? person.name() : person.affiliation();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("person " + hit.person() + " of case " + caseId + " has no " + hit.field());
        }
        ListEntry entry = screening().index().entries().stream()
                .filter(e -> e.list().equals(hit.list()) && e.id().equals(hit.entry())).findFirst()
                .orElseThrow(() -> new InvalidInputException("entry " + hit.list() + " " + hit.entry()
                        + " is not on a list in force; import the list first"));
        String fingerprint = org.collabrisk.screening.EntryFingerprint.of(entry);
        Instant now = Instant.now();
        return db.inTransaction(c -> {
            cases.findForUpdate(c, caseId).orElseThrow();
            Disposition d = new Disposition(0, caseId, hit.person(), hit.field(), text, hit.list(), hit.entry(),
                    fingerprint, verdict, reason.strip(), actor, now);
            long id = dispositions.insert(c, d);
            audit.append(c, actor, AuditAction.HIT_DISPOSED, caseId, "disposition " + id + ", person " + hit.person()
                    + ", field " + hit.field() + ", " + hit.list() + " entry " + hit.entry() + ", fingerprint "
                    + fingerprint + ", " + verdict + ", reason sha256 "
                    + JdbcAuditLog.sha256(reason.strip().getBytes(StandardCharsets.UTF_8)));
            return new Disposition(id, caseId, hit.person(), hit.field(), text, hit.list(), hit.entry(), fingerprint,
                    verdict, reason.strip(), actor, d.decidedAt());
        });
    }

    public List<Disposition> dispositions(String caseId) {
        return db.read(c -> dispositions.forCase(c, caseId));
    }

    /**
     * The suppressions of a case's false-positive dispositions that still apply: the latest disposition of each
     * person/field/entry, when it is FALSE_POSITIVE and the person's screened text is unchanged. The entry
     * fingerprint is the one decided on, so the matcher raises the hit again if the list has changed the entry.
     */
    static Set<Suppression> suppressions(ResearchCase c, List<Disposition> all) {
        Map<String, Disposition> latest = new LinkedHashMap<>();
        for (Disposition d : all) {
            latest.put(d.personId() + "|" + d.field() + "|" + d.listCode() + "|" + d.entryId(), d);
        }
        Set<Suppression> out = new HashSet<>();
        NameNormalizer normalizer = NameNormalizer.shared();
        for (Disposition d : latest.values()) {
            if (d.verdict() != Disposition.Verdict.FALSE_POSITIVE) {
                continue;
            }
            Optional<Person> p = c.person(d.personId());
            if (p.isEmpty()) {
                continue;
            }
            String text = ScreeningHit.FIELD_NAME.equals(d.field()) ? p.get().name() : p.get().affiliation();
            if (text == null || !text.equals(d.screenedText())) {
                continue;
            }
            List<String> parts = ScreeningHit.FIELD_NAME.equals(d.field()) ? List.of(text)
                    : List.of(text.split("\\s*[+;]\\s*"));
            for (String part : parts) {
                if (!part.isBlank()) {
                    out.add(new Suppression(normalizer.key(part.trim()), d.listCode(), d.entryId(),
                            d.entryFingerprint()));
                }
            }
        }
        return out;
    }

    private static String json(Object o) {
        try {
            return Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
