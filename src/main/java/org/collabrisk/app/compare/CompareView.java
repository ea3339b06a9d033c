package org.collabrisk.app.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.RuleSetRef;

/** Side-by-side outcomes under every rule set; rows that differ are marked ≠ and bold. */
public final class CompareView extends BorderPane {

    private final TableView<CompareViewModel.Row> table = new TableView<>();

    public CompareView(CompareViewModel vm, Runnable onRefresh) {
        setId("compare-view");
        setPadding(new Insets(10));
        Label title = new Label("The open case under every rule set");
        title.getStyleClass().add("section-title");
        Label msg = new Label();
        msg.setId("compare-message");
        msg.textProperty().bind(vm.messageProperty());
        msg.setWrapText(true);
        Label hypo = new Label("A HYPOTHETICAL rule set models a control regime discussed in commentary, not the law "
                + "in force: use it for what-if planning only.");
        hypo.getStyleClass().add("hypothetical");
        hypo.setWrapText(true);
        Button refresh = new Button("Compare again");
        refresh.setOnAction(e -> onRefresh.run());
        setTop(new VBox(4, new HBox(10, title, refresh), msg, hypo));
        table.setId("compare-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("Open a case to compare it."));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(CompareViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("differs");
                if (!empty && item != null && item.differs()) {
                    getStyleClass().add("differs");
                }
            }
        });
        vm.columns().addListener((ListChangeListener<RuleSetRef>) c -> rebuildColumns(vm));
        rebuildColumns(vm);
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        setCenter(table);
    }

    private void rebuildColumns(CompareViewModel vm) {
        table.getColumns().clear();
        TableColumn<CompareViewModel.Row, String> diff = new TableColumn<>("≠");
        diff.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().differs() ? "≠" : ""));
        diff.setPrefWidth(32);
        diff.setMaxWidth(40);
        TableColumn<CompareViewModel.Row, String> what = new TableColumn<>("Release");
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        what.setPrefWidth(330);
        table.getColumns().add(diff);
        table.getColumns().add(what);
        for (RuleSetRef r : vm.columns()) {
            TableColumn<CompareViewModel.Row, Outcome> col = new TableColumn<>();
            Label header = new Label(CompareViewModel.columnTitle(r));
            header.setWrapText(true);
            header.setMaxWidth(260);
            header.setMinHeight(62);
            if (r.hypothetical()) {
                header.getStyleClass().add("hypothetical");
            }
            col.setGraphic(header);
            col.setId("compare-col-" + r.id());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcomes().get(r.id())));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Outcome o, boolean empty) {
                    super.updateItem(o, empty);
                    setText(null);
                    setGraphic(empty ? null : o == null ? new Label("not shared") : Ui.outcomeBadge(o));
                }
            });
            col.setPrefWidth(260);
            table.getColumns().add(col);
        }
    }

    public TableView<CompareViewModel.Row> table() {
        return table;
    }
}
