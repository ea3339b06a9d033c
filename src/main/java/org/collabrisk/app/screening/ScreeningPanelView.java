package org.collabrisk.app.screening;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.collabrisk.app.CaseRepository.Disposition;
import org.collabrisk.app.common.DialogService;

import java.util.Locale;
import java.util.function.Function;

/** The screening hits of the open case; confirm or dismiss the selected hit with a reason. */
public final class ScreeningPanelView extends BorderPane {

    private final TableView<ScreeningPanelViewModel.HitRow> table = new TableView<>();

    public ScreeningPanelView(ScreeningPanelViewModel vm, DialogService dialogs) {
        setId("screening-view");
        setPadding(new Insets(10));
        Label title = new Label("Screening hits: people and affiliations against the loaded lists");
        title.getStyleClass().add("section-title");
        Label msg = new Label();
        msg.setId("screening-message");
        msg.textProperty().bind(vm.messageProperty());
        msg.setWrapText(true);
        Label caveat = new Label("Name screening cannot see ownership: an entity 50 % or more owned by listed parties "
                + "may be restricted too (OFAC 50 % rule; BIS affiliates rule, 15 CFR 744.11 note, UNCONFIRMED status).");
        caveat.getStyleClass().add("help");
        caveat.setWrapText(true);
        setTop(new VBox(4, title, msg, caveat));
        table.setId("screening-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No screening hits."));
        table.getColumns().add(col("Person", r -> r.personName(), 150));
        table.getColumns().add(col("Field", r -> r.hit().field(), 80));
        table.getColumns().add(col("List", r -> r.hit().list(), 60));
        table.getColumns().add(col("Entry", r -> r.hit().entryName() + " [" + r.hit().entry() + "]", 220));
        table.getColumns().add(col("Matched alias", r -> r.hit().matchedName(), 180));
        table.getColumns().add(col("Score", r -> String.format(Locale.ROOT, "%.2f", r.hit().score()), 60));
        table.getColumns().add(col("Band", r -> r.hit().band(), 70));
        table.getColumns().add(col("Licence requirement", r -> r.hit().licenseRequirement() == null ? ""
                : r.hit().licenseRequirement(), 180));
        table.getColumns().add(col("Disposition", r -> r.status()
                + (r.disposition() == null ? "" : ": " + r.disposition().reason()), 200));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        setCenter(table);

        TextField reason = new TextField();
        reason.setId("disposition-reason");
        reason.setPromptText("Reason (required), e.g. \"different person: date of birth and employer differ\"");
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button confirm = new Button("Confirm hit");
        confirm.setId("confirm-hit");
        Button dismiss = new Button("Dismiss hit");
        dismiss.setId("dismiss-hit");
        confirm.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dismiss.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        confirm.setOnAction(e -> act(vm, dialogs, Disposition.CONFIRMED, reason));
        dismiss.setOnAction(e -> act(vm, dialogs, Disposition.DISMISSED, reason));
        setBottom(new HBox(8, reason, confirm, dismiss));
    }

    private void act(ScreeningPanelViewModel vm, DialogService dialogs, Disposition d, TextField reason) {
        String error = vm.dispose(table.getSelectionModel().getSelectedItem(), d, reason.getText());
        if (error != null) {
            dialogs.showError("Screening", error);
        } else {
            reason.clear();
        }
    }

    private static TableColumn<ScreeningPanelViewModel.HitRow, String> col(
            String title, Function<ScreeningPanelViewModel.HitRow, String> f, double width) {
        TableColumn<ScreeningPanelViewModel.HitRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
