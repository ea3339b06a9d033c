package org.collabrisk.app.screenshots;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.collabrisk.app.AppServices;
import org.collabrisk.app.AppState;
import org.collabrisk.app.StoreBackend;
import org.collabrisk.app.JsonCaseFiles;
import org.collabrisk.app.SampleCases;
import org.collabrisk.app.common.FxTaskRunner;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.app.matrix.MatrixCell;
import org.collabrisk.app.shell.MainView;
import org.collabrisk.app.shell.MainViewModel;
import org.collabrisk.app.shell.Screen;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.store.Database;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes PNGs of the main screens (case list, editor with the matrix, compare view, screening panel, lists, batch
 * view, dark theme) with the sample cases, in a real window, on a temporary database that is deleted afterwards.
 * Runs wherever JavaFX can open a window: a desktop, {@code xvfb-run -a}, or Monocle headless.
 */
public final class ScreenshotTaker {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final Path outDir;
    private final PrintStream log;
    private final ConsoleDialogService dialogs;
    private Stage stage;
    private MainViewModel vm;
    private MainView view;

    public ScreenshotTaker(Path outDir, PrintStream log) {
        this.outDir = outDir;
        this.log = log;
        this.dialogs = new ConsoleDialogService(log);
    }

    /** Starts the toolkit if needed, takes every screenshot, and returns the files written. */
    public List<Path> run() throws Exception {
        Files.createDirectories(outDir);
        startToolkit();
        Path tmp = Files.createTempDirectory("collabrisk-screenshots-");
        FxTaskRunner tasks = new FxTaskRunner();
        try (Database db = Database.open(tmp.resolve("screenshots"))) {
            StoreBackend backend = new StoreBackend(db);
            Path demoList = tmp.resolve("demo-custom-list.csv");
            Files.writeString(demoList, DEMO_LIST);
            onFx(() -> {
                setUp(backend, tasks);
                return null;
            });
            return shoot(demoList);
        } finally {
            tasks.shutdown();
            onFx(() -> {
                if (stage != null) {
                    stage.close();
                }
                return null;
            });
            deleteTree(tmp);
        }
    }

    /** A made-up custom list (header of the product design) so the screening panel has something to show. */
    static final String DEMO_LIST = "name,aliases,country,list,notes\n"
            + "Harbin Institute of Technology,HIT;Harbin Gongye Daxue,CN,EL,demo entry for screenshots\n"
            + "Moscow Institute of Physics and Technology,MIPT,RU,EL,demo entry for screenshots\n";

    /** The sample with unpublished frontier weights shared with a D:5 national (assets/samples/02-…). */
    static final String FEATURED_SAMPLE = "sample-02";
    /** The sample whose co-author is at a university the demo list names (assets/samples/03-…). */
    static final String LISTED_SAMPLE = "sample-03";

    private void setUp(StoreBackend backend, TaskRunner tasks) {
        AppState state = new AppState();
        JsonCaseFiles files = new JsonCaseFiles();
        vm = new MainViewModel(state, new AppServices(StoreBackend.assessor(() -> backend), backend.screening(),
                backend.repository(), files, new SampleCases(files)), tasks, dialogs);
        view = MainView.build(vm);
        view.setScreenContent(Screen.BATCH, new org.collabrisk.app.batch.BatchView(backend.database()));
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        MainView.applyTheme(scene, state);
        stage = new Stage();
        stage.setTitle("CollabRisk screenshots");
        stage.setScene(scene);
        stage.show();
        vm.start("ear-2026");
        state.databaseReadyProperty().set(true);
    }

    private List<Path> shoot(Path demoList) throws Exception {
        List<Path> written = new ArrayList<>();
        await("rule sets", () -> !vm.state().ruleSets().isEmpty());
        written.add(snap("01-welcome.png"));
        onFx(() -> {
            vm.lists().importFile(demoList);
            return null;
        });
        await("demo list import", () -> !vm.lists().importingProperty().get());
        onFx(() -> {
            vm.loadSamples();
            return null;
        });
        await("sample cases in the list", () -> !vm.caseList().all().isEmpty());
        onFx(() -> {
            vm.screenProperty().set(Screen.CASES);
            return null;
        });
        written.add(snap("02-case-list.png"));

        // the frontier-weights sample shows the rule sets disagreeing; else the most severe case
        String id = onFx(() -> vm.caseList().all().stream().filter(s -> FEATURED_SAMPLE.equals(s.id())).findFirst()
                .or(() -> vm.caseList().all().stream()
                        .max(Comparator.comparing(s -> s.overall() == null ? Outcome.NOT_SUBJECT : s.overall())))
                .orElseThrow().id());
        onFx(() -> {
            vm.state().selectRuleSet("ai-diffusion-2025");
            vm.openCase(id);
            return null;
        });
        await("editor with an assessment", () -> vm.live().assessment() != null
                && id.equals(vm.editor().caseIdProperty().get()) && !vm.live().runningProperty().get());
        onFx(() -> {
            selectWorstCell();
            return null;
        });
        written.add(snap("03-editor-matrix.png"));
        onFx(() -> {
            vm.screenProperty().set(Screen.COMPARE);
            return null;
        });
        await("comparison", () -> !vm.compare().rows().isEmpty() && !vm.compare().runningProperty().get());
        written.add(snap("04-compare.png"));
        // the Entity-List university sample has a hit on the demo list
        boolean hasListed = onFx(() -> vm.caseList().all().stream().anyMatch(s -> LISTED_SAMPLE.equals(s.id())));
        if (hasListed) {
            onFx(() -> {
                vm.openCase(LISTED_SAMPLE);
                return null;
            });
            await("the listed sample", () -> LISTED_SAMPLE.equals(vm.editor().caseIdProperty().get())
                    && vm.live().assessment() != null && !vm.live().runningProperty().get()
                    && LISTED_SAMPLE.equals(vm.live().assessedCaseProperty().get().id()));
        }
        onFx(() -> {
            vm.screenProperty().set(Screen.SCREENING);
            return null;
        });
        awaitOptional("screening hits", () -> !vm.screeningPanel().rows().isEmpty());
        written.add(snap("05-screening.png"));
        onFx(() -> {
            vm.screenProperty().set(Screen.LISTS);
            return null;
        });
        awaitOptional("lists", () -> !vm.lists().lists().isEmpty());
        written.add(snap("06-lists.png"));
        onFx(() -> {
            vm.screenProperty().set(Screen.BATCH);
            return null;
        });
        written.add(snap("07-batch.png"));
        onFx(() -> {
            vm.state().themeProperty().set(AppState.Theme.DARK);
            vm.screenProperty().set(Screen.EDITOR);
            return null;
        });
        written.add(snap("08-editor-dark.png"));
        if (!dialogs.errors.isEmpty()) {
            log.println("collabrisk screenshots: " + dialogs.errors.size() + " error(s) while taking screenshots");
        }
        return written;
    }

    private void selectWorstCell() {
        var m = vm.live().matrix().model();
        m.cells().stream().filter(MatrixCell::shared).max(Comparator.comparing(MatrixCell::outcome))
                .ifPresent(c -> vm.live().matrix().select(c.artifactId(), c.personId()));
    }

    private Path snap(String name) throws Exception {
        // let layout, CSS and any pending callbacks settle: two pulses
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
            Thread.sleep(150);
        }
        Path file = outDir.resolve(name);
        WritableImage img = onFx(() -> {
            view.applyCss();
            view.layout();
            return stage.getScene().snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        log.println("wrote " + file);
        return file;
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (onFx(condition)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("screenshots: timed out waiting for " + what
                + (dialogs.errors.isEmpty() ? "" : " (last error: " + dialogs.errors.get(dialogs.errors.size() - 1) + ")"));
    }

    /** Waits a little for something that a build may legitimately not have (no list import without screening). */
    private void awaitOptional(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (onFx(condition)) {
                return;
            }
            Thread.sleep(50);
        }
        log.println("collabrisk screenshots: no " + what + " to show");
    }

    private static void startToolkit() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp file left behind is not worth failing the run for
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
