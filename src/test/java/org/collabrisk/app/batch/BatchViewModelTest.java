package org.collabrisk.app.batch;

import org.collabrisk.batch.BatchFinding;
import org.collabrisk.batch.FixtureScreener;
import org.collabrisk.batch.JsonFileBatchRunStore;
import org.collabrisk.batch.ScreenerFactory;
import org.collabrisk.batch.ScreeningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch view model without a JavaFX toolkit: everything runs on the test thread. */
class BatchViewModelTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/collabrisk/batch/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private BatchViewModel vm(ScreenerFactory factory, BackgroundRunner runner) {
        return new BatchViewModel(factory, runner, r -> new JsonFileBatchRunStore(dir.resolve("runs").resolve(r.runId() + ".json")));
    }

    @Test
    void cannotRunUntilPapersAndListsAreChosen() throws Exception {
        BatchViewModel vm = vm(FixtureScreener.factory(), BackgroundRunner.sameThread());
        assertFalse(vm.canRunProperty().get());
        assertFalse(vm.run());
        assertTrue(vm.errorProperty().get().contains("Choose a papers CSV"));
        vm.papersFileProperty().set(resource("papers_small.csv"));
        assertFalse(vm.canRunProperty().get());
        vm.listFiles().add(resource("custom_list.csv"));
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void runFillsTheTableSavesTheRunAndFiltersByTextAndBand() throws Exception {
        BatchViewModel vm = vm(FixtureScreener.factory(), BackgroundRunner.sameThread());
        vm.papersFileProperty().set(resource("papers_small.csv"));
        vm.listFiles().add(resource("custom_list.csv"));
        vm.policyProperty().set(ScreeningPolicy.SDN_EL);
        assertTrue(vm.run());
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(8, vm.resultProperty().get().flaggedPapers());
        int all = vm.visibleFindings().size();
        assertTrue(all >= 8);
        assertTrue(vm.statusProperty().get().contains("8 to look at"), vm.statusProperty().get());
        assertTrue(Files.exists(Path.of(vm.savedRunAtProperty().get())));

        vm.filterTextProperty().set("harbin");
        assertEquals(1, vm.visibleFindings().size());
        assertEquals("p2", vm.visibleFindings().get(0).paperId());
        vm.filterTextProperty().set("");
        vm.bandFilterProperty().set("REVIEW");
        assertTrue(vm.visibleFindings().stream().allMatch(f -> f.band().equals("REVIEW")));
        assertTrue(vm.visibleFindings().size() < all);
        assertTrue(vm.visibleFindings().stream().map(BatchFinding::paperId).toList().contains("p3"));

        assertEquals(3, vm.flaggedPapersByList().get("EL")); // p1, p2, p3
        Path csv = dir.resolve("out.csv");
        vm.exportCsv(csv);
        vm.exportHtml(dir.resolve("out.html"));
        vm.exportJson(dir.resolve("out.json"));
        assertTrue(Files.readString(csv).startsWith("paper_id,"));
        assertTrue(Files.readString(dir.resolve("out.html")).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("out.json")).contains("\"flagged\""));
    }

    @Test
    void policyChangesTheShortList() throws Exception {
        BatchViewModel vm = vm(FixtureScreener.factory(), BackgroundRunner.sameThread());
        vm.papersFileProperty().set(resource("papers_small.csv"));
        vm.listFiles().add(resource("custom_list.csv"));
        vm.run();
        assertEquals(6, vm.resultProperty().get().flaggedPapers());
        vm.policyProperty().set(ScreeningPolicy.ALL);
        vm.run();
        assertEquals(9, vm.resultProperty().get().flaggedPapers());
    }

    @Test
    void progressIsReportedAndCancelStopsTheRunWithoutSaving() throws Exception {
        // A runner that holds the work until the test releases it, so cancel can happen mid-run.
        List<Runnable> pending = new ArrayList<>();
        BackgroundRunner deferred = new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                pending.add(() -> BackgroundRunner.sameThread().run(work, onSuccess, onFailure));
            }

            @Override
            public Executor uiThread() {
                return Runnable::run;
            }
        };
        BatchViewModel vm = vm(FixtureScreener.factory(), deferred);
        vm.papersFileProperty().set(resource("papers_small.csv"));
        vm.listFiles().add(resource("custom_list.csv"));
        assertTrue(vm.run());
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.canRunProperty().get());
        assertEquals(-1.0, vm.progressProperty().get());
        vm.cancel();
        pending.get(0).run();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Cancelled"));
        assertEquals(null, vm.resultProperty().get());
        assertFalse(Files.exists(dir.resolve("runs")));
    }

    @Test
    void badInputIsShownAsOneSentence() throws Exception {
        BatchViewModel vm = vm(FixtureScreener.factory(), BackgroundRunner.sameThread());
        vm.papersFileProperty().set(dir.resolve("nope.csv"));
        vm.listFiles().add(resource("custom_list.csv"));
        vm.run();
        assertTrue(vm.errorProperty().get().endsWith("nope.csv: no such file"), vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
