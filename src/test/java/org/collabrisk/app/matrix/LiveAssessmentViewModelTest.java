package org.collabrisk.app.matrix;

import org.collabrisk.app.Fakes;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveAssessmentViewModelTest {

    private final Fakes.FakeAssessor assessor = new Fakes.FakeAssessor();

    @Test
    void burstsOfEditsAreAssessedOnceAfterTheQuietPeriod() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        AtomicReference<ResearchCase> c = new AtomicReference<>(Fakes.frontierCase());
        LiveAssessmentViewModel vm = new LiveAssessmentViewModel(assessor, new Fakes.FakeScreening(), tasks, c::get);
        vm.ruleSetProperty().set(Fakes.DIFFUSION);
        vm.caseChanged();
        vm.caseChanged();
        vm.caseChanged();
        assertEquals(0, assessor.calls, "nothing runs during the quiet period");
        assertEquals(1, tasks.runScheduled(), "earlier timers were cancelled by later edits");
        assertEquals(1, assessor.calls);
        assertEquals(Outcome.LICENSE_REQUIRED, vm.overallProperty().get());
        assertTrue(vm.bannerProperty().get().startsWith("Overall: LICENCE"), vm.bannerProperty().get());
    }

    @Test
    void aStaleRunFinishingLateIsDropped() {
        Fakes.QueuedTaskRunner tasks = new Fakes.QueuedTaskRunner();
        AtomicReference<ResearchCase> c = new AtomicReference<>(Fakes.frontierCase());
        LiveAssessmentViewModel vm = new LiveAssessmentViewModel(assessor, new Fakes.FakeScreening(), tasks, c::get);
        vm.ruleSetProperty().set(Fakes.DIFFUSION);
        vm.assessNow();                                  // run 1: unpublished weights
        Runnable first = tasks.pending.poll();
        c.set(c.get().withArtifacts(java.util.List.of(Fakes.weights("a1", "Frontier weights", true, 3e26))));
        vm.assessNow();                                  // run 2: published weights
        Runnable second = tasks.pending.poll();
        second.run();
        assertEquals(Outcome.NOT_SUBJECT, vm.overallProperty().get());
        first.run();                                     // the old run completes late
        assertEquals(Outcome.NOT_SUBJECT, vm.overallProperty().get(), "stale result must not overwrite");
        assertEquals(1, vm.completedRuns());
    }

    @Test
    void failuresAreShownAsOneSentence() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        LiveAssessmentViewModel vm = new LiveAssessmentViewModel(org.collabrisk.app.Unavailable.assessor(),
                new Fakes.FakeScreening(), tasks, Fakes::frontierCase);
        vm.ruleSetProperty().set(Fakes.EAR);
        vm.assessNow();
        assertEquals("Could not assess the case: Unexpected error: the evaluator is not part of this build",
                vm.errorProperty().get());
        assertNull(vm.assessment());
    }

    @Test
    void changingTheRuleSetReassesses() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner(true);
        LiveAssessmentViewModel vm = new LiveAssessmentViewModel(assessor, new Fakes.FakeScreening(), tasks,
                Fakes::frontierCase);
        vm.ruleSetProperty().set(Fakes.EAR);
        assertEquals(Outcome.REVIEW, vm.overallProperty().get());
        vm.ruleSetProperty().set(Fakes.FRONTIER);
        assertEquals(Outcome.PROHIBITED, vm.overallProperty().get());
        assertTrue(vm.bannerProperty().get().contains("HYPOTHETICAL"));
    }
}
