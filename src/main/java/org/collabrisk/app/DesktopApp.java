package org.collabrisk.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.collabrisk.app.common.DialogService;
import org.collabrisk.app.common.FallbackErrorHandler;
import org.collabrisk.app.common.FxDialogService;
import org.collabrisk.app.common.FxTaskRunner;
import org.collabrisk.app.shell.MainView;
import org.collabrisk.app.shell.MainViewModel;
import org.collabrisk.app.shell.UiSettings;
import org.collabrisk.config.AppInfo;
import org.collabrisk.config.DataLocation;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JavaFX application. The window is built and shown first; the database opens in the background afterwards
 * (view models wait for it through {@link DeferredCaseRepository}), so the first paint comes in well under 1.5 s.
 * Set {@code -Dcollabrisk.startupTiming=true} to print the time from JVM start to first paint.
 */
public class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private FxTaskRunner tasks;
    private MainViewModel vm;
    private Stage stage;
    private Path settingsFile;

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        timing("start() entered");
        AppState state = new AppState();
        tasks = new FxTaskRunner();
        DialogService dialogs = new FxDialogService(() -> stage, msg -> state.statusProperty().set(msg));
        new FallbackErrorHandler(dialogs).install();

        settingsFile = DataLocation.dataFolder().resolve("ui-settings.json");
        UiSettings settings = UiSettings.load(settingsFile);
        state.themeProperty().set("DARK".equals(settings.theme()) ? AppState.Theme.DARK : AppState.Theme.LIGHT);
        settings.recentFiles().forEach(f -> state.recentFiles().add(Path.of(f)));

        DeferredCaseRepository repository = new DeferredCaseRepository();
        CaseFiles files = new JsonCaseFiles();
        DeferredCaseScreening screening = new DeferredCaseScreening();
        java.util.concurrent.CompletableFuture<StoreBackend> backend = new java.util.concurrent.CompletableFuture<>();
        AppServices services = new AppServices(StoreBackend.assessor(() -> DesktopServices.await(backend)),
                screening, repository, files, new SampleCases(files));
        vm = new MainViewModel(state, services, tasks, dialogs);
        timing("view models built");
        MainView view = MainView.build(vm);
        timing("views built");
        Scene scene = new Scene(view, settings.width(), settings.height());
        MainView.applyTheme(scene, state);
        stage.setTitle("CollabRisk " + AppInfo.version());
        stage.setScene(scene);
        if (settings.x() != null && settings.y() != null) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> {
            if (!vm.confirmDiscard()) {
                e.consume();
                return;
            }
            saveSettings();
        });
        stage.show();
        // Background work starts once the first frame is on screen, so opening H2 and parsing the rule sets
        // never compete with the first paint (2 cores are often busy).
        afterFirstFrame(() -> {
            // After the window is up: open the database in the background, then load the lists and cases.
            java.nio.file.Path dbPath;
            char[] password;
            try {
                dbPath = DesktopServices.databasePath();
                // An encrypted file (citizenship data is personal data) needs its password, asked once here.
                password = org.collabrisk.store.Database.isEncrypted(dbPath)
                        ? dialogs.askPassword("Encrypted database", "Password for " + dbPath + ":").orElse(null)
                        : null;
            } catch (RuntimeException e) {
                backend.completeExceptionally(e);
                repository.failed(e);
                screening.failed(e);
                dialogs.showError("Database", org.collabrisk.app.common.ErrorMessages.sentence(e));
                return;
            }
            tasks.run("Opening database", p -> DesktopServices.openBackend(dbPath, password), b -> {
                backend.complete(b);
                repository.open(b.repository());
                screening.open(b.screening());
                view.setScreenContent(org.collabrisk.app.shell.Screen.BATCH,
                        new org.collabrisk.app.batch.BatchView(b.database()));
                state.databaseReadyProperty().set(true);
                state.statusProperty().set("Database: " + DesktopServices.describeDatabase(b));
                if (Boolean.getBoolean("collabrisk.startupTiming")) {
                    System.err.println("collabrisk: database open " + (System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
                }
            }, e -> {
                backend.completeExceptionally(e);
                repository.failed(e);
                screening.failed(e);
                dialogs.showError("Database", "Could not open the database: "
                        + org.collabrisk.app.common.ErrorMessages.sentence(e));
            });
            vm.start(settings.ruleSet());
            // A case file opened from the desktop ("open with", double click) comes as the only argument
            // (Launcher.opensCaseFile); it wins over reopening the last case.
            java.util.List<String> raw = getParameters().getRaw();
            if (raw.size() == 1) {
                vm.openFile(Path.of(raw.get(0)));
            } else if (settings.lastCaseId() != null) {
                vm.openCaseQuietly(settings.lastCaseId());
            }
        });
    }

    private static void timing(String what) {
        if (Boolean.getBoolean("collabrisk.startupTiming")) {
            System.err.println("collabrisk: " + what + " " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
        }
    }

    /** Runs {@code then} on the FX thread once the first frame has been rendered (the second pulse). */
    private static void afterFirstFrame(Runnable then) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    if (Boolean.getBoolean("collabrisk.startupTiming")) {
                        System.err.println("collabrisk: first paint " + (System.currentTimeMillis() - jvmStart)
                                + " ms after JVM start");
                    }
                    then.run();
                }
            }
        }.start();
    }

    private void saveSettings() {
        try {
            var state = vm.state();
            new UiSettings(stage.isMaximized() ? UiSettings.DEFAULTS.width() : stage.getWidth(),
                    stage.isMaximized() ? UiSettings.DEFAULTS.height() : stage.getHeight(),
                    stage.getX(), stage.getY(), stage.isMaximized(), vm.editor().caseIdProperty().get(),
                    vm.editor().fileProperty().get() == null ? null : vm.editor().fileProperty().get().toString(),
                    new ArrayList<>(state.recentFiles().stream().map(Path::toString).toList()),
                    state.themeProperty().get().name(), state.ruleSetId()).save(settingsFile);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not save window settings to " + settingsFile, e);
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        Platform.exit();
    }
}
