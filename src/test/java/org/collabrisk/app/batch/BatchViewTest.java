package org.collabrisk.app.batch;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.collabrisk.batch.BatchFinding;
import org.collabrisk.batch.FixtureScreener;
import org.collabrisk.batch.JsonFileBatchRunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch screen's main flow, headless (Monocle): run, watch it finish off the FX thread, filter, charts. */
@ExtendWith(ApplicationExtension.class)
class BatchViewTest {

    @TempDir
    static Path dir;
    private BatchView view;

    @Start
    void start(Stage stage) {
        BatchViewModel vm = new BatchViewModel(FixtureScreener.factory(), new FxBackgroundRunner(),
                r -> new JsonFileBatchRunStore(dir.resolve("runs").resolve(r.runId() + ".json")));
        view = new BatchView(vm);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/collabrisk/batch/" + name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** Keeps a picture of the screen after a run (target/screenshots), for people to look at. */
    private void saveSnapshot(FxRobot robot, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void runFillsTableAndChartsAndFilterNarrowsIt(FxRobot robot) throws Exception {
        Button run = robot.lookup("#run").queryButton();
        assertTrue(run.isDisabled());
        Path papers = resource("papers_small.csv");
        Path list = resource("custom_list.csv");
        robot.interact(() -> {
            view.viewModel().papersFileProperty().set(papers);
            view.viewModel().listFiles().add(list);
        });
        assertFalse(run.isDisabled());
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<BatchFinding> table = robot.lookup("#findings").queryTableView();
        assertTrue(table.getItems().size() >= 6, "rows: " + table.getItems().size());
        BarChart<?, ?> byList = robot.lookup("#chartByList").query();
        assertEquals(2, byList.getData().get(0).getData().size()); // SDN and EMBARGO under the default sdn policy
        assertFalse(robot.lookup("#exportCsv").queryButton().isDisabled());

        saveSnapshot(robot, Path.of("target", "screenshots", "batch-view.png"));

        robot.clickOn("#filter").write("Tehran");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());
        robot.interact(() -> view.viewModel().filterTextProperty().set("Sharif"));
        assertEquals(1, table.getItems().size());
        assertEquals("p4", table.getItems().get(0).paperId());
    }
}
