package org.collabrisk.app.caselist;

import org.collabrisk.app.Fakes;
import org.collabrisk.app.InMemoryCaseRepository;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseListViewModelTest {

    @Test
    void welcomeShowsOnlyOnceLoadedAndEmpty() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        CaseListViewModel vm = new CaseListViewModel(repo, new SameThreadTaskRunner(), e -> {
        });
        assertFalse(vm.emptyProperty().get(), "not before the first load (no flash of the welcome screen)");
        vm.refresh();
        assertTrue(vm.emptyProperty().get());
        repo.save(Fakes.frontierCase(), null);
        vm.refresh();
        assertFalse(vm.emptyProperty().get());
    }

    @Test
    void searchAndStatusFilterNarrowTheList() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        Fakes.FakeAssessor assessor = new Fakes.FakeAssessor();
        var c1 = repo.save(Fakes.frontierCase(), assessor.assess(Fakes.frontierCase(), "ai-diffusion-2025", List.of()));
        repo.save(Fakes.frontierCase().withTitle("Vision dataset"), null);
        repo.submitForReview(c1.id(), "");
        CaseListViewModel vm = new CaseListViewModel(repo, new SameThreadTaskRunner(), e -> {
        });
        vm.refresh();
        assertEquals(2, vm.visible().size());
        vm.searchProperty().set("vision");
        assertEquals(List.of("Vision dataset"), titles(vm));
        vm.searchProperty().set("licence");
        assertEquals(List.of("Frontier model collaboration"), titles(vm), "outcome label is searchable");
        vm.searchProperty().set("");
        vm.statusFilterProperty().set(CaseStatus.SUBMITTED);
        assertEquals(List.of("Frontier model collaboration"), titles(vm));
        vm.statusFilterProperty().set(null);
        assertEquals(2, vm.visible().size());
    }

    @Test
    void loadErrorsReachTheUser() {
        List<String> errors = new ArrayList<>();
        org.collabrisk.app.DeferredCaseRepository broken = new org.collabrisk.app.DeferredCaseRepository();
        broken.failed(new IllegalStateException("disk full"));
        CaseListViewModel vm = new CaseListViewModel(broken, new SameThreadTaskRunner(), errors::add);
        vm.refresh();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not load the saved cases:"), errors.get(0));
        assertTrue(errors.get(0).contains("disk full"));
    }

    private static List<String> titles(CaseListViewModel vm) {
        return vm.visible().stream().map(s -> s.title()).toList();
    }
}
