package org.collabrisk.app.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collabrisk.app.AppState;
import org.collabrisk.app.caselist.CaseListView;
import org.collabrisk.app.editor.CaseEditorView;
import org.collabrisk.domain.RuleSetRef;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's content: menus (every accelerator from {@link Shortcut}), a tool bar with the rule set, one
 * tab per {@link Screen}, and at the bottom the not-legal-advice line with the rule set's date and a status line.
 * Accepts a case file dropped anywhere on it.
 */
public class MainView extends BorderPane {

    public static final String BASE_CSS = "/org/collabrisk/app/app.css";
    public static final String DARK_CSS = "/org/collabrisk/app/dark.css";

    private final MainViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> tabByScreen = new EnumMap<>(Screen.class);
    private final CaseListView caseListView;
    private CaseEditorView editorView;
    private final Map<Screen, java.util.function.Supplier<Node>> lazyContent = new EnumMap<>(Screen.class);
    private final Menu recentMenu = new Menu("Open recent");
    private final ProgressBar busy = new ProgressBar();
    private final MenuBar menuBar;
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    public MainView(MainViewModel vm, Map<Screen, java.util.function.Supplier<Node>> screens) {
        this.vm = vm;
        setId("main-view");
        caseListView = new CaseListView(vm.caseList(), vm::openCase, vm::newCase, vm::openFileChooser,
                vm::loadSamples);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Screen s : Screen.values()) {
            // Only the case list is built now: the other screens are built when first shown, which keeps their
            // controls' skins and CSS out of the first paint.
            switch (s) {
                case CASES -> {
                }
                case EDITOR -> lazyContent.put(s, this::editorView);
                default -> lazyContent.put(s, screens.containsKey(s) ? screens.get(s) : () -> placeholder(s));
            }
            Tab t = new Tab(s.title(), s == Screen.CASES ? caseListView : null);
            t.setId("tab-" + s.name().toLowerCase(java.util.Locale.ROOT));
            tabByScreen.put(s, t);
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabByScreen.forEach((s, t) -> {
            if (t == b) {
                ensureContent(s);
            }
        }));
        ensureContent(vm.screenProperty().get());
        tabs.getSelectionModel().select(tabByScreen.get(vm.screenProperty().get()));
        vm.screenProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(tabByScreen.get(b)));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabByScreen.forEach((s, t) -> {
            if (t == b) {
                vm.screenProperty().set(s);
            }
        }));
        vm.editor().titleProperty().addListener((o, a, b) -> updateEditorTabTitle());
        vm.editor().dirtyProperty().addListener((o, a, b) -> updateEditorTabTitle());

        registerActions();
        menuBar = buildMenus();
        setTop(new VBox(menuBar, buildToolBar()));
        setCenter(tabs);
        setBottom(buildBottom());
        installDragAndDrop();
    }

    /** The main view with every screen's view. */
    public static MainView build(MainViewModel vm) {
        Map<Screen, java.util.function.Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.COMPARE, () -> new org.collabrisk.app.compare.CompareView(vm.compare(),
                () -> vm.refreshScreen(Screen.COMPARE)));
        screens.put(Screen.SCREENING, () -> new org.collabrisk.app.screening.ScreeningPanelView(vm.screeningPanel(),
                vm.dialogs()));
        screens.put(Screen.WORKFLOW, () -> new org.collabrisk.app.workflow.WorkflowView(vm.workflow(),
                vm::submitForReview, vm::decide));
        screens.put(Screen.LISTS, () -> new org.collabrisk.app.lists.ListsView(vm.lists(), vm::importList));
        return new MainView(vm, screens);
    }

    private static Node placeholder(Screen s) {
        Label l = new Label(s == Screen.BATCH
                ? "Batch screening of conference papers is not part of this build."
                : s.title() + " is not available in this build.");
        l.getStyleClass().add("help");
        BorderPane p = new BorderPane(l);
        p.setPadding(new Insets(24));
        return p;
    }

    /** Puts a screen's view in its tab (used to wire the batch view once the database is open). */
    public void setScreenContent(Screen screen, Node content) {
        lazyContent.remove(screen);
        tabByScreen.get(screen).setContent(content);
    }

    private void ensureContent(Screen s) {
        java.util.function.Supplier<Node> f = lazyContent.remove(s);
        if (f != null) {
            tabByScreen.get(s).setContent(f.get());
        }
    }

    private void updateEditorTabTitle() {
        String t = vm.editor().titleProperty().get();
        tabByScreen.get(Screen.EDITOR).setText((t == null || t.isBlank() ? "Case editor" : t)
                + (vm.editor().dirtyProperty().get() ? " •" : ""));
    }

    private void registerActions() {
        actions.put(Shortcut.NEW_CASE, vm::newCase);
        actions.put(Shortcut.OPEN_FILE, vm::openFileChooser);
        actions.put(Shortcut.SAVE, vm::save);
        actions.put(Shortcut.SAVE_FILE, vm::saveAsFile);
        actions.put(Shortcut.EXPORT_HTML, vm::exportHtmlReport);
        actions.put(Shortcut.EXPORT_JSON, vm::exportAssessmentJson);
        actions.put(Shortcut.LOAD_SAMPLES, vm::loadSamples);
        actions.put(Shortcut.QUIT, () -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(getScene().getWindow(),
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        actions.put(Shortcut.ADD_PERSON, () -> {
            if (vm.editor().openProperty().get()) {
                vm.editor().addPerson();
                vm.screenProperty().set(Screen.EDITOR);
                editorView().parts().getSelectionModel().select(1);
            }
        });
        actions.put(Shortcut.ADD_ARTIFACT, () -> {
            if (vm.editor().openProperty().get()) {
                vm.editor().addArtifact();
                vm.screenProperty().set(Screen.EDITOR);
                editorView().parts().getSelectionModel().select(2);
            }
        });
        actions.put(Shortcut.DUPLICATE_ROW, () -> {
            if (editorView().parts().getSelectionModel().getSelectedIndex() == 2) {
                vm.editor().duplicateArtifact();
            } else {
                vm.editor().duplicatePerson();
            }
        });
        actions.put(Shortcut.REMOVE_ROW, () -> {
            if (editorView().parts().getSelectionModel().getSelectedIndex() == 2) {
                vm.editor().removeArtifact();
            } else {
                vm.editor().removePerson();
            }
        });
        actions.put(Shortcut.REASSESS, () -> vm.live().assessNow());
        actions.put(Shortcut.SUBMIT, vm::submitForReview);
        actions.put(Shortcut.DECIDE, vm::decide);
        actions.put(Shortcut.IMPORT_LIST, vm::importList);
        actions.put(Shortcut.SHOW_CASES, () -> vm.screenProperty().set(Screen.CASES));
        actions.put(Shortcut.SHOW_EDITOR, () -> vm.screenProperty().set(Screen.EDITOR));
        actions.put(Shortcut.SHOW_COMPARE, () -> vm.screenProperty().set(Screen.COMPARE));
        actions.put(Shortcut.SHOW_SCREENING, () -> vm.screenProperty().set(Screen.SCREENING));
        actions.put(Shortcut.SHOW_WORKFLOW, () -> vm.screenProperty().set(Screen.WORKFLOW));
        actions.put(Shortcut.SHOW_LISTS, () -> vm.screenProperty().set(Screen.LISTS));
        actions.put(Shortcut.SHOW_BATCH, () -> vm.screenProperty().set(Screen.BATCH));
        actions.put(Shortcut.FIND, () -> {
            vm.screenProperty().set(Screen.CASES);
            Node n = caseListView.lookup("#case-search");
            if (n != null) {
                n.requestFocus();
            }
        });
        actions.put(Shortcut.TOGGLE_THEME, () -> vm.state().themeProperty().set(
                vm.state().themeProperty().get() == AppState.Theme.DARK ? AppState.Theme.LIGHT : AppState.Theme.DARK));
        actions.put(Shortcut.SHORTCUTS, () -> showShortcuts());
    }

    /** Runs the action bound to a shortcut (menus, tests). */
    public void run(Shortcut s) {
        actions.getOrDefault(s, () -> {
        }).run();
    }

    private void showShortcuts() {
        TextArea area = new TextArea(Shortcut.table());
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefRowCount(32);
        javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
        d.setTitle("Keyboard shortcuts");
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.show();
    }

    private MenuBar buildMenus() {
        Map<String, Menu> menus = new java.util.LinkedHashMap<>();
        for (String m : new String[]{"File", "Edit", "Case", "Lists", "View", "Help"}) {
            menus.put(m, new Menu(m));
        }
        for (Shortcut s : Shortcut.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setId("menu-" + s.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(KeyCombination.keyCombination(s.keys()));
            item.setOnAction(e -> run(s));
            // Ctrl+D / Ctrl+Delete are handled by the focused table itself; the menu entries act on the open part.
            Menu menu = menus.get(s.menu());
            if (s == Shortcut.QUIT) {
                menu.getItems().addAll(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
            if (s == Shortcut.OPEN_FILE) {
                menu.getItems().add(recentMenu);
            }
        }
        MenuItem about = new MenuItem("About CollabRisk");
        about.setId("menu-about");
        about.setOnAction(e -> vm.showAbout());
        menus.get("Help").getItems().add(about);
        vm.state().recentFiles().addListener((ListChangeListener<Path>) c -> refreshRecent());
        refreshRecent();
        return new MenuBar(menus.values().toArray(Menu[]::new));
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.state().recentFiles()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> {
                if (vm.confirmDiscard()) {
                    vm.openFile(p);
                }
            });
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar buildToolBar() {
        Button newCase = toolButton("New", Shortcut.NEW_CASE);
        Button open = toolButton("Open…", Shortcut.OPEN_FILE);
        Button save = toolButton("Save", Shortcut.SAVE);
        save.setId("toolbar-save");
        save.disableProperty().bind(vm.editor().openProperty().not());
        Button report = toolButton("Report…", Shortcut.EXPORT_HTML);
        report.disableProperty().bind(vm.live().assessmentProperty().isNull());
        ComboBox<RuleSetRef> ruleSet = new ComboBox<>(vm.state().ruleSets());
        ruleSet.setId("rule-set");
        ruleSet.setCellFactory(lv -> new RuleSetCell());
        ruleSet.setButtonCell(new RuleSetCell());
        ruleSet.valueProperty().bindBidirectional(vm.state().ruleSetProperty());
        ruleSet.setPrefWidth(440);
        Label rsLabel = new Label("Rule set:");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label db = new Label();
        db.textProperty().bind(Bindings.when(vm.state().databaseReadyProperty())
                .then("").otherwise("Opening database…"));
        return new ToolBar(newCase, open, save, report, spacer, db, rsLabel, ruleSet);
    }

    private Button toolButton(String text, Shortcut s) {
        Button b = new Button(text);
        b.setTooltip(new javafx.scene.control.Tooltip(s.label() + " (" + s.display() + ")"));
        b.setOnAction(e -> run(s));
        return b;
    }

    private static final class RuleSetCell extends ListCell<RuleSetRef> {
        @Override
        protected void updateItem(RuleSetRef r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? "" : r.title() + " (" + r.date() + ")" + (r.hypothetical() ? " — HYPOTHETICAL" : ""));
        }
    }

    private Node buildBottom() {
        Label notice = new Label();
        notice.setId("legal-notice");
        notice.textProperty().bind(vm.state().noticeProperty());
        notice.setWrapText(true);
        HBox noticeBar = new HBox(notice);
        noticeBar.getStyleClass().add("notice-bar");
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(vm.state().statusProperty());
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.progressProperty().bind(vm.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(status, spacer, busy);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        return new VBox(noticeBar, statusBar);
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = false;
            for (File f : e.getDragboard().getFiles()) {
                if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    if (vm.confirmDiscard()) {
                        vm.openFile(f.toPath());
                    }
                    ok = true;
                    break;
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Applies the light or dark theme to a scene (and follows later changes). */
    public static void applyTheme(Scene scene, AppState state) {
        Runnable apply = () -> {
            scene.getStylesheets().setAll(MainView.class.getResource(BASE_CSS).toExternalForm());
            if (state.themeProperty().get() == AppState.Theme.DARK) {
                scene.getStylesheets().add(MainView.class.getResource(DARK_CSS).toExternalForm());
            }
        };
        apply.run();
        state.themeProperty().addListener((o, a, b) -> apply.run());
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The editor view, built on first use. */
    public CaseEditorView editorView() {
        if (editorView == null) {
            editorView = new CaseEditorView(vm.editor(), vm.live());
        }
        return editorView;
    }

    public CaseListView caseListView() {
        return caseListView;
    }
}
