package org.collabrisk.app.screening;

import org.collabrisk.app.CaseRepository.Disposition;
import org.collabrisk.app.Fakes;
import org.collabrisk.app.InMemoryCaseRepository;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningPanelViewModelTest {

    private final InMemoryCaseRepository repo = new InMemoryCaseRepository();
    private final ScreeningPanelViewModel vm = new ScreeningPanelViewModel(repo, new SameThreadTaskRunner());

    private ResearchCase caseWithHit() {
        ResearchCase c = Fakes.frontierCase();
        Person p = c.people().get(0);
        return c.withPeople(List.of(new Person(p.id(), p.name(), "Entity University", null, p.citizenships(), null,
                null, p.usStatus(), null), c.people().get(1)));
    }

    private Assessment assess(ResearchCase c) {
        return new Fakes.FakeAssessor().assess(c, "ear-2026", new Fakes.FakeScreening().screen(c));
    }

    @Test
    void dispositionsNeedASavedCaseAndAReason() {
        ResearchCase c = caseWithHit();
        vm.show(null, c, assess(c));
        assertEquals(1, vm.rows().size());
        assertEquals("Wei Zhang", vm.rows().get(0).personName());
        assertTrue(vm.dispose(vm.rows().get(0), Disposition.DISMISSED, "x").startsWith("Save the case first"));
        ResearchCase saved = repo.save(c, null);
        vm.show(saved.id(), saved, assess(saved));
        assertTrue(vm.dispose(vm.rows().get(0), Disposition.DISMISSED, "  ").startsWith("Give a reason"));
        assertTrue(repo.dispositions(saved.id()).isEmpty());
    }

    @Test
    void aDispositionIsStoredAndShown() {
        ResearchCase saved = repo.save(caseWithHit(), null);
        vm.show(saved.id(), saved, assess(saved));
        assertEquals("Open", vm.rows().get(0).status());
        assertNull(vm.dispose(vm.rows().get(0), Disposition.DISMISSED, "different person: other university"));
        assertEquals("Dismissed", vm.rows().get(0).status());
        assertEquals("different person: other university", repo.dispositions(saved.id()).get(0).reason());
        assertTrue(repo.audit(saved.id()).stream().anyMatch(a -> a.action().equals("screening.dismissed")));
        vm.show(saved.id(), saved, assess(saved));
        assertEquals("Dismissed", vm.rows().get(0).status(), "reloaded from the repository");
    }

    @Test
    void noListLoadedIsSaidPlainly() {
        ResearchCase c = Fakes.frontierCase();
        vm.show(null, c, assess(c));
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("No screening list is loaded"));
    }
}
