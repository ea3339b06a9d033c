package org.collabrisk.app;

import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.service.CaseAssessmentService;
import org.collabrisk.service.CaseService;
import org.collabrisk.service.ListService;
import org.collabrisk.service.RescreeningService;
import org.collabrisk.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The app's services over one open database: the case repository, screening against the lists in force (with the
 * reviewers' dispositions applied) and assessment through {@link CaseAssessmentService}, so what the editor shows
 * is what {@code cases assess} stores.
 */
public final class StoreBackend {

    private final Database db;
    private final String actor = CaseService.defaultActor();
    private final CaseAssessmentService assessments;
    private final ListService lists;
    private final RescreeningService rescreening;
    private final StoreCaseRepository repository;

    public StoreBackend(Database db) {
        this.db = db;
        this.assessments = new CaseAssessmentService(db, actor);
        this.lists = new ListService(db, actor);
        this.rescreening = new RescreeningService(db, actor, assessments);
        this.repository = new StoreCaseRepository(db, assessments);
    }

    public Database database() {
        return db;
    }

    public StoreCaseRepository repository() {
        return repository;
    }

    public CaseAssessmentService assessments() {
        return assessments;
    }

    /** Rule sets from the catalog (no database needed); assessments wait for the database via {@code backend}. */
    public static CaseAssessor assessor(Supplier<StoreBackend> backend) {
        return new CaseAssessor() {
            @Override
            public List<RuleSetRef> ruleSets() {
                return RuleSetCatalog.builtIns().stream().map(RuleSet::ref).toList();
            }

            @Override
            public Assessment assess(ResearchCase c, String ruleSetId) {
                RuleSet rules = RuleSetCatalog.byId(ruleSetId)
                        .orElseThrow(() -> new IllegalArgumentException("unknown rule set '" + ruleSetId + "'"));
                return backend.get().assessments.preview(c, rules);
            }
        };
    }

    public CaseScreening screening() {
        return new CaseScreening() {
            @Override
            public List<ScreeningHit> screen(ResearchCase researchCase) {
                return assessments.screen(researchCase);
            }

            @Override
            public List<ListVersion> loadedLists() {
                List<ListVersion> out = new ArrayList<>(lists.all().stream().map(l -> l.version()).toList());
                Collections.reverse(out);
                return out;
            }

            @Override
            public ImportedList importList(Path file, TaskRunner.Progress progress) throws Exception {
                progress.update(0.05, "Reading " + file.getFileName());
                byte[] raw = Files.readAllBytes(file);
                checkCancelled(progress);
                progress.update(0.2, "Parsing " + file.getFileName());
                ScreeningList parsed = ListImporters.importBytes(raw, file.getFileName().toString());
                checkCancelled(progress);
                progress.update(0.6, "Storing " + parsed.entries().size() + " entries");
                // one transaction: all entries or none (the last point where cancelling stores nothing)
                ListService.ImportResult r = lists.store(parsed, raw, file.getFileName().toString());
                String summary = "";
                if (!r.alreadyImported() && r.changedAnything()) {
                    progress.update(0.85, "Re-screening saved cases");
                    RescreeningService.Report report = rescreening.rescreen(r.list().id(), r.changes(),
                            msg -> progress.update(0.9, msg));
                    summary = "Re-screened " + report.casesChecked() + " saved case(s); "
                            + report.affected().size() + " affected by the changes";
                }
                progress.update(1.0, "Done");
                return new ImportedList(r.list().version(), r.alreadyImported(), summary);
            }
        };
    }

    private static void checkCancelled(TaskRunner.Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
