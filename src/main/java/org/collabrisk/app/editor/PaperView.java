package org.collabrisk.app.editor;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Stage;

/** The Paper part: case title, paper title, venue, stage and the two questions of 15 CFR 734.8, with help. */
public final class PaperView extends GridPane {

    public PaperView(CaseEditorViewModel vm) {
        setId("paper-view");
        setPadding(new Insets(12));
        setHgap(10);
        setVgap(4);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(new ColumnConstraints(190), fields);
        TextField caseTitle = new TextField();
        caseTitle.setId("case-title");
        caseTitle.textProperty().bindBidirectional(vm.titleProperty());
        TextField paperTitle = new TextField();
        paperTitle.setId("paper-title");
        paperTitle.textProperty().bindBidirectional(vm.paperTitleProperty());
        TextField venue = new TextField();
        venue.setId("paper-venue");
        venue.textProperty().bindBidirectional(vm.venueProperty());
        ComboBox<Stage> stage = Ui.enumCombo(Stage.class, true);
        stage.setId("paper-stage");
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        ComboBox<Boolean> fundamental = Ui.yesNoUnknown();
        fundamental.setId("paper-fundamental");
        fundamental.valueProperty().bindBidirectional(vm.fundamentalResearchProperty());
        ComboBox<PublicationRestrictions> restrictions = Ui.enumCombo(PublicationRestrictions.class, true);
        restrictions.setId("paper-restrictions");
        restrictions.valueProperty().bindBidirectional(vm.publicationRestrictionsProperty());
        int row = 0;
        add(new Label("Case title"), 0, row);
        add(caseTitle, 1, row++);
        add(new Label("Paper title"), 0, row);
        add(paperTitle, 1, row++);
        add(new Label("Venue"), 0, row);
        add(venue, 1, row++);
        add(new Label("Stage"), 0, row);
        add(stage, 1, row++);
        add(help(CaseEditorViewModel.STAGE_HELP), 1, row++);
        add(new Label("Fundamental research?"), 0, row);
        add(fundamental, 1, row++);
        add(help(CaseEditorViewModel.FUNDAMENTAL_RESEARCH_HELP), 1, row++);
        add(new Label("Publication restrictions"), 0, row);
        add(restrictions, 1, row++);
        add(help(CaseEditorViewModel.RESTRICTIONS_HELP), 1, row);
    }

    private static Label help(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("help");
        l.setMaxWidth(640);
        return l;
    }
}
