package org.collabrisk.service;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.store.AuditAction;
import org.collabrisk.store.CaseSummary;
import org.collabrisk.store.Database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Re-screening of saved cases when a newer version of a list is imported (what offices buy commercial tools for):
 * every saved, non-archived case is screened against the lists now in force; a case is affected when a hit now
 * involves an entry the import added or changed, or its last assessment had a hit on an entry the import changed or
 * removed. Affected cases are reassessed (new assessment row, audit entry {@code CASE_RESCREENED}); the report says
 * which case, what changed, and the outcome before and after. A decided case keeps its status: the report flags it
 * for the reviewer. Thread-safe.
 */
public final class RescreeningService {

    private final Database db;
    private final String actor;
    private final CaseAssessmentService assessments;

    public RescreeningService(Database db, String actor) {
        this(db, actor, new CaseAssessmentService(db, actor));
    }

    /** Shares the desktop app's assessment service (and so its cached screening index). */
    public RescreeningService(Database db, String actor, CaseAssessmentService assessments) {
        this.db = db;
        this.actor = actor;
        this.assessments = assessments;
    }

    /** An entry that changed, and how: {@code added}, {@code changed} or {@code removed}. */
    public record ChangedEntry(String change, String listCode, String entryId, String entryName) {
        public String describe() {
            return listCode + " entry " + entryId + " '" + entryName + "' " + change;
        }
    }

    /** A reassessed case: why (the changed entries it touches), and the outcome before and after. */
    public record RescreenedCase(String caseId, String title, CaseStatus status, List<ChangedEntry> because,
                                 Outcome before, Outcome after, long assessmentId) {
        public boolean outcomeChanged() {
            return before != after;
        }
    }

    public record Report(int casesChecked, List<RescreenedCase> affected) {
    }

    public record ImportReport(ListService.ImportResult list, Report rescreening) {
    }

    /** Imports a list file, then re-screens the saved cases its changes affect. */
    public ImportReport importList(Path file, Consumer<String> progress) {
        ListService.ImportResult imported = new ListService(db, actor).importFile(file);
        if (imported.alreadyImported() || !imported.changedAnything()) {
            return new ImportReport(imported, new Report(0, List.of()));
        }
        return new ImportReport(imported, rescreen(imported.list().id(), imported.changes(), progress));
    }

    /** Re-screens every saved, non-archived case against the changes of list {@code listId}. */
    public Report rescreen(long listId, List<ListDiff> changes, Consumer<String> progress) {
        Map<String, ChangedEntry> changed = new LinkedHashMap<>();
        for (ListDiff d : changes) {
            for (ListEntry e : d.added()) {
                changed.put(key(e.list(), e.id()), new ChangedEntry("added", e.list(), e.id(), e.name()));
            }
            for (ListDiff.EntryChange c : d.changed()) {
                changed.put(key(c.after().list(), c.after().id()),
                        new ChangedEntry("changed", c.after().list(), c.after().id(), c.after().name()));
            }
            for (ListEntry e : d.removed()) {
                changed.put(key(e.list(), e.id()), new ChangedEntry("removed", e.list(), e.id(), e.name()));
            }
        }
        if (changed.isEmpty()) {
            return new Report(0, List.of());
        }
        CaseService caseService = new CaseService(db, actor);
        List<CaseSummary> saved = caseService.list(null, false);
        List<RescreenedCase> affected = new ArrayList<>();
        int checked = 0;
        for (CaseSummary s : saved) {
            Optional<StoredCase> stored = caseService.find(s.id());
            if (stored.isEmpty()) {
                continue; // deleted meanwhile
            }
            checked++;
            if (progress != null && checked % 100 == 0) {
                progress.accept("re-screened " + checked + " of " + saved.size() + " cases");
            }
            Map<String, ChangedEntry> because = new LinkedHashMap<>();
            for (ScreeningHit h : assessments.screen(stored.get().content())) {
                ChangedEntry e = changed.get(key(h.list(), h.entry()));
                if (e != null && !e.change().equals("removed")) {
                    because.put(key(h.list(), h.entry()), e);
                }
            }
            Optional<Assessment> previous = assessments.latest(s.id());
            if (previous.isPresent()) {
                for (ScreeningHit h : previous.get().screening()) {
                    ChangedEntry e = changed.get(key(h.list(), h.entry()));
                    if (e != null && !e.change().equals("added")) {
                        because.put(key(h.list(), h.entry()), e);
                    }
                }
            }
            if (because.isEmpty()) {
                continue;
            }
            Outcome before = previous.map(Assessment::overall).orElse(null);
            CaseAssessmentService.Result r = assessments.assess(s.id(), null, AuditAction.CASE_RESCREENED,
                    ", after list #" + listId + " changed " + because.size() + " entr"
                            + (because.size() == 1 ? "y" : "ies") + " it touches");
            affected.add(new RescreenedCase(s.id(), s.title(), s.status(), List.copyOf(because.values()), before,
                    r.assessment().overall(), r.stored().id()));
        }
        return new Report(checked, affected);
    }

    private static String key(String list, String id) {
        return list + "|" + id;
    }
}
