package org.collabrisk.app.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.collabrisk.app.AppServices;
import org.collabrisk.app.AppState;
import org.collabrisk.app.CaseAssessor;
import org.collabrisk.app.Fakes;
import org.collabrisk.app.InMemoryCaseRepository;
import org.collabrisk.app.JsonCaseFiles;
import org.collabrisk.app.SampleCases;
import org.collabrisk.app.common.FxTaskRunner;
import org.collabrisk.app.shell.MainView;
import org.collabrisk.app.shell.MainViewModel;
import org.collabrisk.app.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main flows, headless on Monocle: create a case, add people and artifacts, watch the matrix go red for
 * unpublished frontier weights shared with a D:5 national and turn NOT_SUBJECT once they are published, save,
 * reopen from the list; import a list; compare rule sets; export a report.
 */
@ExtendWith(ApplicationExtension.class)
class MainFlowUiTest {

    @TempDir
    Path dir;
    private final Fakes.RecordingDialogs dialogs = new Fakes.RecordingDialogs();
    private final Fakes.FakeScreening screening = new Fakes.FakeScreening();
    private MainViewModel vm;
    private MainView view;

    /** The assessor the flow runs against; overridden to the real evaluator once it is in the build. */
    static CaseAssessor assessor() {
        return UiTestSupport.assessor();
    }

    @Start
    void start(Stage stage) {
        AppState state = new AppState();
        JsonCaseFiles files = new JsonCaseFiles();
        vm = new MainViewModel(state, new AppServices(assessor(), screening, new InMemoryCaseRepository(), files,
                new SampleCases(files)), new FxTaskRunner(), dialogs);
        view = MainView.build(vm);
        Scene scene = new Scene(view, 1200, 760);
        MainView.applyTheme(scene, state);
        stage.setScene(scene);
        stage.show();
        vm.start("ear-2026");
        vm.caseList().refresh();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time; dialogs: " + dialogs.errors + ", screen " + vm.screenProperty().get() + ", case " + vm.editor().caseIdProperty().get(), e);
        }
    }

    private String cellClass(FxRobot robot, String id) {
        // the matrix is redrawn on every assessment: the button may be between two versions
        Button b = robot.lookup("#" + id).tryQuery().map(Button.class::cast).orElse(null);
        if (b == null) {
            return "";
        }
        return b.getStyleClass().stream().filter(s -> s.startsWith("outcome-")).findFirst().orElse("");
    }

    private static boolean isRed(String styleClass) {
        return styleClass.equals("outcome-license-required") || styleClass.equals("outcome-prohibited");
    }

    private static void foreignPerson(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<org.collabrisk.domain.UsStatus> status = robot.lookup("#person-us-status").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(org.collabrisk.domain.UsStatus.FOREIGN_PERSON));
        @SuppressWarnings("unchecked")
        ComboBox<org.collabrisk.domain.Country> location = robot.lookup("#person-location .combo-box-base")
                .queryAs(ComboBox.class);
        robot.interact(() -> location.setValue(org.collabrisk.domain.Country.of("US")));
    }

    @Test
    void createAssessPublishSaveAndReopen(FxRobot robot) {
        waitUntil(() -> robot.lookup("#welcome-new").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#welcome-new");
        waitUntil(() -> vm.editor().openProperty().get());

        // People: the first row exists; type a name and pick China by its code
        robot.clickOn("#person-name").write("Wei Zhang");
        foreignPerson(robot);
        robot.clickOn("#person-citizenships-search").write("CN").type(KeyCode.ENTER);
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Anna Schmidt");
        foreignPerson(robot);
        robot.clickOn("#person-citizenships-search").write("Germany").type(KeyCode.ENTER);
        assertEquals(2, vm.editor().people().size());
        assertEquals("[CN]", vm.editor().people().get(0).citizenships().toString(),
                vm.editor().people().get(0).getName() + " / " + vm.editor().people().get(1).getName());
        assertEquals("DE", vm.editor().people().get(1).citizenships().get(0).code());

        // Artifacts: unpublished frontier weights
        robot.clickOn("Artifacts");
        robot.clickOn("#artifact-name").write("Frontier weights");
        robot.clickOn("#artifact-training-ops").write("3e26");
        @SuppressWarnings("unchecked")
        ComboBox<Boolean> published = robot.lookup("#artifact-published").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Boolean> intended = robot.lookup("#artifact-intended").queryAs(ComboBox.class);
        robot.interact(() -> {
            published.setValue(false);
            intended.setValue(false); // kept private: the fundamental-research exclusion (734.8) does not apply
        });
        robot.interact(() -> vm.state().selectRuleSet("ai-diffusion-2025"));

        waitUntil(() -> robot.lookup("#cell-a1-p1").tryQuery().isPresent() && isRed(cellClass(robot, "cell-a1-p1")));
        assertTrue(isRed(cellClass(robot, "cell-a1-p1")), "red for the D:5 co-author");
        robot.clickOn("#cell-a1-p1");
        waitUntil(() -> vm.live().matrix().detailsProperty().get() != null);
        assertTrue(vm.live().matrix().detailsProperty().get().remediation().stream()
                .anyMatch(r -> r.contains("publish")), "remediation offered");

        robot.interact(() -> published.setValue(true));
        waitUntil(() -> cellClass(robot, "cell-a1-p1").equals("outcome-not-subject"));

        // Save (Ctrl+S), then reopen from the list
        robot.interact(() -> view.editorView().parts().getSelectionModel().select(0));
        robot.doubleClickOn("#case-title").push(KeyCode.CONTROL, KeyCode.A).write("Frontier collab");
        assertEquals("Frontier collab", vm.editor().titleProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> vm.editor().caseIdProperty().get() != null);
        String id = vm.editor().caseIdProperty().get();
        robot.interact(() -> vm.editor().close());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#case-table").queryAs(TableView.class).getItems().size() == 1);
        assertEquals("Frontier collab", vm.caseList().all().get(0).title());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node firstRow = robot.lookup("#case-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class);
        // select the row and open it from the keyboard (a double-click does the same; its timing is unreliable on a
        // loaded CI machine)
        robot.clickOn(firstRow).type(KeyCode.ENTER);
        waitUntil(() -> id.equals(vm.editor().caseIdProperty().get()));
        assertEquals(Screen.EDITOR, vm.screenProperty().get());
        assertEquals(Boolean.TRUE, vm.editor().artifacts().get(0).publishedProperty().get());
    }

    @Test
    void importAListWithProgress(FxRobot robot) {
        robot.interact(() -> vm.screenProperty().set(Screen.LISTS));
        dialogs.files.add(Optional.of(Path.of("consolidated.csv")));
        robot.clickOn("#import-list");
        waitUntil(() -> robot.lookup("#lists-table").queryAs(TableView.class).getItems().size() == 1);
        assertEquals(Path.of("consolidated.csv"), screening.lastImport);
        assertTrue(dialogs.notifications.get(0).startsWith("Imported consolidated.csv"));
    }

    @Test
    void compareRuleSetsSideBySide(FxRobot robot) {
        robot.interact(() -> vm.editor().load(Fakes.frontierCase(), null));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#compare-table").queryAs(TableView.class).getColumns().size() >= 5);
        TableView<?> t = robot.lookup("#compare-table").queryAs(TableView.class);
        assertTrue(t.getColumns().stream().anyMatch(c -> c.getGraphic() instanceof javafx.scene.control.Label l
                && l.getText().contains("HYPOTHETICAL")), "the hypothetical rule set is labelled");
        assertTrue(vm.compare().rows().get(0).differs());
    }

    @Test
    void exportAReport(FxRobot robot) throws Exception {
        robot.interact(() -> vm.editor().load(Fakes.frontierCase(), null));
        waitUntil(() -> vm.live().assessment() != null);
        Path report = dir.resolve("report.html");
        dialogs.files.add(Optional.of(report));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> Files.exists(report));
        String html = Files.readString(report);
        assertTrue(html.contains("Disclosure matrix") && html.contains("not legal advice"));
    }
}
