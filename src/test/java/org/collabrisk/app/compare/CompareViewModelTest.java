package org.collabrisk.app.compare;

import org.collabrisk.app.Fakes;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.collabrisk.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareViewModelTest {

    @Test
    void everyRuleSetSideBySideWithDifferencesMarked() {
        CompareViewModel vm = new CompareViewModel(new Fakes.FakeAssessor(), new Fakes.FakeScreening(),
                new SameThreadTaskRunner());
        vm.compare(Fakes.frontierCase());
        assertEquals(List.of("ear-2026", "ai-diffusion-2025", "frontier-thresholds-2026"),
                vm.columns().stream().map(r -> r.id()).toList());
        CompareViewModel.Row overall = vm.rows().get(0);
        assertTrue(overall.overall());
        assertEquals(List.of(Outcome.REVIEW, Outcome.LICENSE_REQUIRED, Outcome.PROHIBITED),
                List.copyOf(overall.outcomes().values()));
        assertTrue(overall.differs());
        CompareViewModel.Row toChina = vm.rows().get(1);
        assertEquals("Frontier weights → Wei Zhang", toChina.label());
        assertTrue(toChina.differs());
        CompareViewModel.Row toGermany = vm.rows().get(2);
        assertFalse(toGermany.differs());
        assertEquals("2 of 5 rows differ between rule sets (marked ≠).", vm.messageProperty().get());
    }

    @Test
    void theHypotheticalSetIsAlwaysLabelled() {
        assertTrue(CompareViewModel.columnTitle(Fakes.FRONTIER).endsWith("— HYPOTHETICAL"));
        assertFalse(CompareViewModel.columnTitle(Fakes.EAR).contains("HYPOTHETICAL"));
        assertTrue(CompareViewModel.columnTitle(Fakes.EAR).contains("2026-07-23"));
    }

    @Test
    void noCaseNoRows() {
        CompareViewModel vm = new CompareViewModel(new Fakes.FakeAssessor(), new Fakes.FakeScreening(),
                new SameThreadTaskRunner());
        vm.compare(Fakes.frontierCase());
        vm.compare(null);
        assertTrue(vm.rows().isEmpty());
    }
}
