package org.collabrisk.app.batch;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.collabrisk.batch.BatchFinding;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.ScreeningEngineScreener;
import org.collabrisk.batch.ScreeningPolicy;
import org.collabrisk.service.BatchRunService;
import org.collabrisk.store.Database;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The conference batch screen, a self-contained {@link BorderPane}: choose the papers CSV and the lists, pick the
 * policy, run with a progress bar and cancel, read the filterable reasons table and the charts, export the reports.
 * All state lives in the {@link BatchViewModel}; this class only binds and forwards events.
 */
public final class BatchView extends BorderPane {

    private final BatchViewModel vm;
    private final BarChart<String, Number> byListChart = chart("Flagged papers by list");
    private final BarChart<String, Number> byCountryChart = chart("Reasons by affiliation country");
    private final TableView<BatchFinding> table = new TableView<>();

    /**
     * The view the main window uses: the screening engine's lists, runs kept in {@code database} for audit
     * (saved off the FX thread).
     */
    public BatchView(Database database) {
        this(new BatchViewModel(ScreeningEngineScreener.factory(), new FxBackgroundRunner(),
                r -> new BatchRunService(database)));
    }

    public BatchView(BatchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("batch-view");
        setPadding(new Insets(12));
        setTop(buildControls());
        setCenter(buildResults());
        setBottom(buildFooter());
        vm.resultProperty().addListener((o, old, r) -> showCharts(r));
    }

    public BatchViewModel viewModel() {
        return vm;
    }

    private VBox buildControls() {
        Button choosePapers = new Button("Papers CSV…");
        choosePapers.setId("choosePapers");
        choosePapers.setOnAction(e -> chooseFile("Choose the accepted-papers CSV", "*.csv", f -> vm.papersFileProperty().set(f)));
        Label papersLabel = new Label();
        papersLabel.textProperty().bind(vm.papersFileProperty().asString().map(s -> s.equals("null") ? "no file chosen" : s));

        Button addList = new Button("Add list…");
        addList.setId("addList");
        addList.setOnAction(e -> chooseFile("Choose a screening list (CSL CSV/JSON, OFAC SDN CSV, custom CSV)", "*.*",
                f -> {
                    if (!vm.listFiles().contains(f)) {
                        vm.listFiles().add(f);
                    }
                }));
        Button clearLists = new Button("Clear lists");
        clearLists.setOnAction(e -> vm.listFiles().clear());
        Label listsLabel = new Label("no list chosen");
        listsLabel.setWrapText(true);
        vm.listFiles().addListener((ListChangeListener<Path>) c -> listsLabel.setText(vm.listFiles().isEmpty()
                ? "no list chosen" : vm.listFiles().stream().map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse("")));

        ChoiceBox<ScreeningPolicy> policy = new ChoiceBox<>();
        policy.setId("policy");
        policy.getItems().setAll(ScreeningPolicy.values());
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScreeningPolicy p) {
                return p == null ? "" : p.code() + " (" + p.description() + ")";
            }

            @Override
            public ScreeningPolicy fromString(String s) {
                return ScreeningPolicy.parse(s);
            }
        });
        policy.valueProperty().bindBidirectional(vm.policyProperty());

        Spinner<Double> threshold = new Spinner<>(0.50, 1.00, vm.thresholdProperty().get(), 0.01);
        threshold.setEditable(true);
        threshold.setPrefWidth(95);
        threshold.valueProperty().addListener((o, a, b) -> vm.thresholdProperty().set(b));
        threshold.setTooltip(new Tooltip("Match score threshold: hits below it are not shown"));

        Button run = new Button("Screen batch");
        run.setId("run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());

        HBox files = row(choosePapers, papersLabel);
        HBox listRow = row(addList, clearLists, listsLabel);
        HBox settings = row(new Label("Policy"), policy, new Label("Threshold"), threshold, run, cancel, progress);
        for (HBox r : new HBox[]{files, listRow, settings}) {
            for (javafx.scene.Node n : r.getChildren()) {
                if (n instanceof Region region && !(n instanceof ProgressBar)) {
                    region.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        VBox top = new VBox(8, files, listRow, settings, status, error);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private SplitPane buildResults() {
        TextField filter = new TextField();
        filter.setId("filter");
        filter.setPromptText("Filter: paper, author, affiliation, list, entry…");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ChoiceBox<String> band = new ChoiceBox<>();
        band.getItems().setAll(BatchViewModel.bandChoices());
        band.valueProperty().bindBidirectional(vm.bandFilterProperty());

        table.setId("findings");
        table.setItems(vm.visibleFindings());
        table.setPlaceholder(new Label("No flagged papers yet: choose a batch and run it."));
        table.getColumns().add(column("Paper", 90, BatchFinding::paperId));
        table.getColumns().add(column("Title", 180, BatchFinding::title));
        table.getColumns().add(column("Author", 130, BatchFinding::author));
        table.getColumns().add(column("Field", 75, BatchFinding::field));
        table.getColumns().add(column("Value", 200, BatchFinding::value));
        table.getColumns().add(column("List", 65, BatchFinding::list));
        table.getColumns().add(column("Entry", 200, BatchFinding::entryName));
        table.getColumns().add(column("Matched alias", 170, BatchFinding::matchedName));
        table.getColumns().add(column("Score", 60, f -> f.score() == null ? "" : String.format(Locale.ROOT, "%.2f", f.score())));
        TableColumn<BatchFinding, String> bandColumn = column("Band", 70, BatchFinding::band);
        bandColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(empty || item == null ? "" : "MATCH".equals(item)
                        ? "-fx-text-fill: #8a1c12; -fx-font-weight: bold;" : "-fx-text-fill: #7a4d00;");
            }
        });
        table.getColumns().add(bandColumn);
        TableColumn<BatchFinding, String> reason = column("Reason", 420, BatchFinding::reason);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(reason);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(6, row(filter, band), table);

        byListChart.setId("chartByList");
        byCountryChart.setId("chartByCountry");
        VBox charts = new VBox(8, byListChart, byCountryChart);
        charts.setMinWidth(260);
        SplitPane split = new SplitPane(left, charts);
        split.setDividerPositions(0.72);
        return split;
    }

    private VBox buildFooter() {
        Button csv = new Button("Export CSV…");
        csv.setId("exportCsv");
        csv.setOnAction(e -> saveFile("Save the CSV report", "report.csv", "*.csv", vm::exportCsv));
        Button html = new Button("Export HTML…");
        html.setId("exportHtml");
        html.setOnAction(e -> saveFile("Save the HTML summary", "report.html", "*.html", vm::exportHtml));
        Button json = new Button("Export JSON…");
        json.setOnAction(e -> saveFile("Save the JSON result", "report.json", "*.json", vm::exportJson));
        for (Button b : new Button[]{csv, html, json}) {
            b.disableProperty().bind(vm.resultProperty().isNull());
        }
        Label saved = new Label();
        saved.textProperty().bind(vm.savedRunAtProperty().map(s -> s.isEmpty() ? "" : "Run kept for audit: " + s));
        Label notice = new Label(BatchResult.CITIZENSHIP_NOTE + " " + BatchResult.NOTICE);
        notice.setWrapText(true);
        notice.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        VBox footer = new VBox(6, row(csv, html, json, saved), notice);
        footer.setPadding(new Insets(10, 0, 0, 0));
        return footer;
    }

    private void showCharts(BatchResult r) {
        fill(byListChart, r == null ? Map.of() : r.flaggedPapersByList(), Function.identity());
        fill(byCountryChart, r == null ? Map.of() : r.findingsByCountry(), Function.identity());
    }

    private static void fill(BarChart<String, Number> chart, Map<String, Integer> values, Function<String, String> label) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> series.getData().add(new XYChart.Data<>(label.apply(e.getKey()), e.getValue())));
        chart.getData().setAll(java.util.List.of(series));
    }

    private static BarChart<String, Number> chart(String title) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), counts);
        c.setTitle(title);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setPrefHeight(260);
        return c;
    }

    private static TableColumn<BatchFinding, String> column(String title, double width, Function<BatchFinding, String> value) {
        TableColumn<BatchFinding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox b = new HBox(8, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseFile(String title, String pattern, Consumer<Path> onChosen) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            onChosen.accept(f.toPath());
        }
    }

    private void saveFile(String title, String initialName, String pattern, Consumer<Path> writer) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File f = fc.showSaveDialog(window());
        if (f == null) {
            return;
        }
        try {
            writer.accept(f.toPath());
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.initOwner(window());
            a.showAndWait();
        }
    }
}
