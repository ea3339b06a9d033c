package org.collabrisk.app;

import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's repository over a real H2 file. */
class StoreCaseRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void saveWithAssessmentListReopenSubmitDecideAndReadTheRecord() {
        try (Database db = Database.open(dir.resolve("test"))) {
            StoreCaseRepository repo = new StoreCaseRepository(db);
            ResearchCase c = Fakes.frontierCase();
            var a = new Fakes.FakeAssessor().assess(c, "ai-diffusion-2025", List.of());
            ResearchCase saved = repo.save(c, a);
            assertTrue(saved.id().startsWith("case-"));
            var summary = repo.listCases().get(0);
            // the store re-assesses the saved revision with the real evaluator (no lists imported here)
            assertEquals(new EvaluatorAssessor().assess(saved, "ai-diffusion-2025").overall(), summary.overall());
            assertEquals(CaseStatus.DRAFT, summary.status());
            assertEquals(2, summary.people());
            assertEquals(c.withId(saved.id()), repo.load(saved.id()));

            repo.submitForReview(saved.id(), "please");
            repo.decide(saved.id(), CaseRepository.Decision.LICENSE_NEEDED, "apply for 4E091 licence");
            assertEquals(CaseStatus.LICENSE_NEEDED, repo.status(saved.id()));
            List<String> kinds = repo.history(saved.id()).stream().map(CaseRepository.HistoryEntry::kind).toList();
            assertTrue(kinds.containsAll(List.of("revision", "assessment", "status", "decision")), kinds.toString());
            List<String> actions = repo.audit(saved.id()).stream().map(CaseRepository.AuditEntry::action).toList();
            assertTrue(actions.containsAll(List.of("CASE_SAVED", "CASE_ASSESSED", "CASE_STATUS_CHANGED")), actions.toString());
        }
    }
}
