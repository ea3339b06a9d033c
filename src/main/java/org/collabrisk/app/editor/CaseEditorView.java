package org.collabrisk.app.editor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.collabrisk.app.common.Ui;
import org.collabrisk.app.matrix.DisclosureMatrixView;
import org.collabrisk.app.matrix.LiveAssessmentViewModel;

/**
 * The case editor: Paper / People / Artifacts on the left, the live assessment (banner, open questions,
 * disclosure matrix and the selected cell's trail) on the right.
 */
public final class CaseEditorView extends StackPane {

    private final TabPane parts = new TabPane();
    private final DisclosureMatrixView matrixView;

    public CaseEditorView(CaseEditorViewModel vm, LiveAssessmentViewModel live) {
        setId("editor-view");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab paper = new Tab("Paper", new ScrollPane(new PaperView(vm)));
        ((ScrollPane) paper.getContent()).setFitToWidth(true);
        Tab people = new Tab("People", scroll(new PeopleView(vm)));
        Tab artifacts = new Tab("Artifacts", scroll(new ArtifactsView(vm)));
        paper.setId("tab-paper");
        people.setId("tab-people");
        artifacts.setId("tab-artifacts");
        parts.getTabs().addAll(paper, people, artifacts);
        parts.getSelectionModel().select(people);

        ListView<String> problems = new ListView<>(vm.problems());
        problems.getStyleClass().add("problems-list");
        problems.setPrefHeight(72);
        problems.setPlaceholder(new Label("No problems."));
        VBox left = new VBox(parts, problems);
        VBox.setVgrow(parts, Priority.ALWAYS);

        Label banner = new Label();
        banner.setId("assessment-banner");
        banner.getStyleClass().add("banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> {
            if (live.errorProperty().get() != null) {
                return live.errorProperty().get();
            }
            String b = live.bannerProperty().get();
            return b == null || b.isEmpty() ? "Assessing…" : b;
        }, live.bannerProperty(), live.errorProperty()));
        live.overallProperty().addListener((o, a, b) -> Ui.styleAsOutcome(banner, b));
        Ui.styleAsOutcome(banner, live.overallProperty().get());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(live.runningProperty());
        HBox bannerRow = new HBox(8, banner, spinner);
        HBox.setHgrow(banner, Priority.ALWAYS);

        ListView<String> questions = new ListView<>(live.questions());
        questions.setId("open-questions");
        questions.setPrefHeight(70);
        questions.setPlaceholder(new Label("No open questions."));
        Label qTitle = new Label("Open questions");
        qTitle.getStyleClass().add("section-title");

        matrixView = new DisclosureMatrixView(live.matrix());
        Label mTitle = new Label("Disclosure matrix (artifacts × people)");
        mTitle.getStyleClass().add("section-title");
        VBox right = new VBox(6, bannerRow, qTitle, questions, mTitle, matrixView);
        right.setPadding(new Insets(8));
        VBox.setVgrow(matrixView, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);

        Label closed = new Label("No case open. Create one (Ctrl+N), open a case file (Ctrl+O) or pick one in the Cases list.");
        closed.getStyleClass().add("help");
        BorderPane closedPane = new BorderPane(closed);
        closedPane.visibleProperty().bind(vm.openProperty().not());
        split.visibleProperty().bind(vm.openProperty());
        getChildren().addAll(split, closedPane);
    }

    private static ScrollPane scroll(javafx.scene.Node n) {
        ScrollPane sp = new ScrollPane(n);
        sp.setFitToWidth(true);
        return sp;
    }

    public TabPane parts() {
        return parts;
    }

    public DisclosureMatrixView matrixView() {
        return matrixView;
    }
}
