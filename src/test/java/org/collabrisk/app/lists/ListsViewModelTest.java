package org.collabrisk.app.lists;

import org.collabrisk.app.Fakes;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.collabrisk.domain.ListVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListsViewModelTest {

    private static final Clock NOV_22 = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private static ListVersion list(String name, LocalDate asOf) {
        return new ListVersion(name, "src", asOf, 10, "00");
    }

    @Test
    void warnsWhenTheNewestListIsOlderThanThirtyDays() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertNull(ListsViewModel.warningFor(List.of(list("CSL", today.minusDays(30))), today));
        String w = ListsViewModel.warningFor(List.of(list("SDN", today.minusDays(90)), list("CSL", today.minusDays(31))), today);
        assertEquals("The newest list (CSL, as of 2026-10-22) is 31 days old: import a current download before "
                + "relying on a clear result.", w);
        assertTrue(ListsViewModel.warningFor(List.of(), today).startsWith("No screening list is loaded"));
    }

    @Test
    void importReportsProgressThenListsTheNewVersion() {
        Fakes.FakeScreening screening = new Fakes.FakeScreening();
        List<String> notes = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        ListsViewModel vm = new ListsViewModel(screening, new SameThreadTaskRunner(), NOV_22, notes::add);
        vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        vm.importFile(Path.of("csl.csv"));
        assertEquals(List.of(-1.0, 0.25, 0.5, 0.75, 1.0, 0.0), seen);
        assertFalse(vm.importingProperty().get());
        assertEquals(1, vm.lists().size());
        assertEquals(List.of("Imported csl.csv (40 rows, as of 2026-11-01)"), notes);
        assertNull(vm.warningProperty().get(), "21 days old: no warning");
    }

    @Test
    void aFailedImportSaysNothingWasStored() {
        ListsViewModel vm = new ListsViewModel(org.collabrisk.app.Unavailable.screening(), new SameThreadTaskRunner(),
                NOV_22, n -> {
        });
        vm.importFile(Path.of("x.csv"));
        assertTrue(vm.progressTextProperty().get().endsWith("Nothing was stored."), vm.progressTextProperty().get());
        assertFalse(vm.importingProperty().get());
    }
}
