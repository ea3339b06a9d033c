package org.collabrisk.app.lists;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.collabrisk.domain.ListVersion;

import java.util.function.Function;

/** Loaded screening lists, import with progress and cancel, and the staleness warning. */
public final class ListsView extends BorderPane {

    public ListsView(ListsViewModel vm, Runnable onImport) {
        setId("lists-view");
        setPadding(new Insets(10));
        Label title = new Label("Screening lists");
        title.getStyleClass().add("section-title");
        Button importBtn = new Button("Import list file… (Ctrl+I)");
        importBtn.setId("import-list");
        importBtn.setOnAction(e -> onImport.run());
        importBtn.disableProperty().bind(vm.importingProperty());
        Button cancel = new Button("Cancel import");
        cancel.setId("cancel-import");
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.importingProperty());
        Label progress = new Label();
        progress.setId("import-progress-text");
        progress.textProperty().bind(vm.progressTextProperty());
        Label warning = new Label();
        warning.setId("lists-warning");
        warning.textProperty().bind(vm.warningProperty());
        warning.setWrapText(true);
        HBox warnBox = new HBox(warning);
        warnBox.getStyleClass().add("warning-box");
        warnBox.visibleProperty().bind(vm.warningProperty().isNotNull());
        warnBox.managedProperty().bind(warnBox.visibleProperty());
        Label help = new Label("Import the trade.gov Consolidated Screening List (CSV or JSON), OFAC's SDN CSV, or a custom "
                + "list with the header name,aliases,country,list,notes. Each import is stored whole or not at all, with "
                + "its date, row count and SHA-256.");
        help.getStyleClass().add("help");
        help.setWrapText(true);
        setTop(new VBox(6, new HBox(10, title, importBtn, cancel, bar, progress), warnBox, help));
        TableView<ListVersion> table = new TableView<>(vm.lists());
        table.setId("lists-table");
        table.setPlaceholder(new Label("No list loaded yet."));
        table.getColumns().add(col("List", ListVersion::name, 240));
        table.getColumns().add(col("Source", ListVersion::source, 260));
        table.getColumns().add(col("As of", l -> String.valueOf(l.asOf()), 100));
        table.getColumns().add(col("Rows", l -> Integer.toString(l.rows()), 80));
        table.getColumns().add(col("SHA-256", ListVersion::sha256, 480));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        setCenter(table);
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
