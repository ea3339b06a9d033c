package org.collabrisk.app.workflow;

import org.collabrisk.domain.CaseStatus;
import org.collabrisk.app.CaseRepository.Decision;
import org.collabrisk.app.Fakes;
import org.collabrisk.app.InMemoryCaseRepository;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowViewModelTest {

    @Test
    void submitThenDecideWithANoteAndSeeTheHistory() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        String id = repo.save(Fakes.frontierCase(), null).id();
        WorkflowViewModel vm = new WorkflowViewModel(repo, new SameThreadTaskRunner());
        vm.show(id);
        assertEquals(CaseStatus.DRAFT, vm.statusProperty().get());
        assertTrue(vm.decide(Decision.CLEARED, "ok").startsWith("Only a case submitted for review"));
        assertNull(vm.submit("please check the weights"));
        assertEquals(CaseStatus.SUBMITTED, vm.statusProperty().get());
        assertEquals("The case is already waiting for review.", vm.submit(""));
        assertTrue(vm.decide(Decision.LICENSE_NEEDED, " ").startsWith("Add a note"));
        assertNull(vm.decide(Decision.LICENSE_NEEDED, "apply for a 4E091 licence"));
        assertEquals(CaseStatus.LICENSE_NEEDED, vm.statusProperty().get());
        assertEquals("decision", vm.history().get(vm.history().size() - 1).kind());
        assertTrue(vm.latestDecision().startsWith("Licence needed: apply for a 4E091 licence"));
        assertTrue(vm.audit().stream().anyMatch(a -> a.action().equals("case.decide")));
    }

    @Test
    void anUnsavedCaseHasNoWorkflow() {
        WorkflowViewModel vm = new WorkflowViewModel(new InMemoryCaseRepository(), new SameThreadTaskRunner());
        vm.show(null);
        assertEquals("Save the case first (Ctrl+S).", vm.submit(""));
        assertNull(vm.latestDecision());
    }
}
