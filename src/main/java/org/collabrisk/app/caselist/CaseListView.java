package org.collabrisk.app.caselist;

import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.app.CaseRepository.CaseSummary;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.Outcome;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The case list: search box, status filter and a sortable table with a coloured outcome badge; double-click or
 * Enter opens a case. Before the first case exists it shows the welcome screen instead.
 */
public final class CaseListView extends StackPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TableView<CaseSummary> table = new TableView<>();

    /**
     * @param onOpen    opens a case by id
     * @param onNew     "New case"
     * @param onOpenFile "Open case file…"
     * @param onSamples "Load sample cases"
     */
    public CaseListView(CaseListViewModel vm, Consumer<String> onOpen, Runnable onNew, Runnable onOpenFile,
                        Runnable onSamples) {
        setId("case-list-view");
        TextField search = new TextField();
        search.setId("case-search");
        search.setPromptText("Search title, id, outcome, status (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<CaseStatus> status = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.asList((CaseStatus) null)));
        status.getItems().addAll(CaseStatus.values());
        status.setId("status-filter");
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CaseStatus s) {
                return s == null ? "All statuses" : org.collabrisk.app.CaseRepository.Decision.label(s);
            }

            @Override
            public CaseStatus fromString(String s) {
                return null;
            }
        });
        status.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "All statuses" : org.collabrisk.app.CaseRepository.Decision.label(item));
            }
        });
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        Button newCase = new Button("New case");
        newCase.setOnAction(e -> onNew.run());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        HBox bar = new HBox(8, search, status, newCase, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        table.setId("case-table");
        SortedList<CaseSummary> sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CaseSummary, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(360);
        TableColumn<CaseSummary, CaseStatus> st = new TableColumn<>("Status");
        st.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        st.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : org.collabrisk.app.CaseRepository.Decision.label(item));
            }
        });
        TableColumn<CaseSummary, Outcome> outcome = new TableColumn<>("Outcome");
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().overall()));
        outcome.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty ? null : Ui.outcomeBadge(item));
            }
        });
        TableColumn<CaseSummary, Integer> people = new TableColumn<>("People");
        people.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        TableColumn<CaseSummary, Integer> artifacts = new TableColumn<>("Artifacts");
        artifacts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().artifacts()));
        TableColumn<CaseSummary, Instant> updated = new TableColumn<>("Updated");
        updated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updated()));
        updated.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : WHEN.format(item));
            }
        });
        updated.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().addAll(java.util.List.of(title, st, outcome, people, artifacts, updated));
        table.getSortOrder().add(updated);
        table.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.setPlaceholder(new Label("No case matches the search."));
        BorderPane listPane = new BorderPane(table, bar, null, null, null);

        VBox welcome = welcome(onNew, onOpenFile, onSamples);
        welcome.visibleProperty().bind(vm.emptyProperty());
        listPane.visibleProperty().bind(vm.emptyProperty().not());
        getChildren().addAll(listPane, welcome);
    }

    private static VBox welcome(Runnable onNew, Runnable onOpenFile, Runnable onSamples) {
        Label title = new Label("Welcome to CollabRisk");
        title.getStyleClass().add("title");
        Label sub = new Label("Describe a collaboration (the paper, the people, the artifacts you plan to share) and see, "
                + "artifact by person, whether the release is a deemed export that needs a licence, and why.");
        sub.getStyleClass().add("subtitle");
        sub.setMaxWidth(560);
        Button newCase = new Button("New case");
        newCase.setId("welcome-new");
        newCase.getStyleClass().add("primary");
        newCase.setOnAction(e -> onNew.run());
        Button open = new Button("Open case file…");
        open.setId("welcome-open");
        open.setOnAction(e -> onOpenFile.run());
        Button samples = new Button("Load sample cases");
        samples.setId("welcome-samples");
        samples.setOnAction(e -> onSamples.run());
        Label hint = new Label("Ctrl+N new case · Ctrl+O open · drop a .json case file anywhere on the window");
        hint.getStyleClass().add("subtitle");
        VBox box = new VBox(title, sub, newCase, open, samples, hint);
        box.getStyleClass().add("welcome");
        box.setId("welcome");
        return box;
    }

    public TableView<CaseSummary> table() {
        return table;
    }
}
