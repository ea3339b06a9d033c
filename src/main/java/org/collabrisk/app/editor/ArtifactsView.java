package org.collabrisk.app.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.collabrisk.app.common.Bindings2;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Encryption;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The Artifacts part: a table of what will be shared and the form of the selected artifact (publication status,
 * ECCN, size and benchmark figures, encryption, channel, recipients). Ctrl+D duplicates, Ctrl+Delete removes;
 * Ctrl+Shift+A adds (menu accelerator).
 */
public final class ArtifactsView extends VBox {

    private final CaseEditorViewModel vm;
    private final TableView<ArtifactRow> table = new TableView<>();
    private final Bindings2 formBindings = new Bindings2();
    private final ComboBox<ArtifactKind> kind = Ui.enumCombo(ArtifactKind.class, false);
    private final TextField name = new TextField();
    private final ComboBox<Boolean> published = Ui.yesNoUnknown();
    private final ComboBox<Boolean> intended = Ui.yesNoUnknown();
    private final TextField eccn = new TextField();
    private final TextField trainingOps = new TextField();
    private final TextField parameters = new TextField();
    private final ComboBox<Boolean> moe = Ui.yesNoUnknown();
    private final TextField benchmarks = new TextField();
    private final ComboBox<Encryption> encryption = Ui.enumCombo(Encryption.class, true);
    private final ComboBox<Channel> channel = Ui.enumCombo(Channel.class, true);
    private final CheckComboBox<String> sharedWith = new CheckComboBox<>();
    private final Label problems = new Label();
    private final GridPane form = new GridPane();
    private boolean syncingShared;

    public ArtifactsView(CaseEditorViewModel vm) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        setId("artifacts-view");
        table.setId("artifacts-table");
        table.setEditable(true);
        table.setItems(vm.artifacts());
        table.setPlaceholder(new Label("No artifacts yet: add the weights, code, data or notes you plan to share."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ArtifactRow, String> nameCol = new TableColumn<>("Name");
        nameCol.setCellValueFactory(c -> c.getValue().nameProperty());
        nameCol.setCellFactory(TextFieldTableCell.forTableColumn());
        nameCol.setPrefWidth(180);
        table.getColumns().add(nameCol);
        table.getColumns().add(col("Kind", r -> Ui.humanize(r.kindProperty().get().name())));
        table.getColumns().add(col("Published", r -> yesNo(r.publishedProperty().get())));
        table.getColumns().add(col("Intended for publication", r -> yesNo(r.intendedForPublicationProperty().get())));
        table.getColumns().add(col("ECCN", r -> r.eccnProperty().get().isBlank() ? "(classify)" : r.eccnProperty().get()));
        table.getColumns().add(col("Training ops", r -> r.trainingOperationsProperty().get()));
        table.getColumns().add(col("Shared with", r -> r.sharedWith().isEmpty() ? "everyone"
                : String.join(", ", r.sharedWith())));
        table.setPrefHeight(170);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && vm.selectedArtifactProperty().get() != b) {
                vm.selectedArtifactProperty().set(b);
            }
        });
        vm.selectedArtifactProperty().addListener((o, a, b) -> showSelected(b));
        vm.people().addListener((ListChangeListener<PersonRow>) c -> refreshRecipients());

        Button add = new Button("Add artifact");
        add.setId("add-artifact");
        add.setTooltip(new Tooltip("Ctrl+Shift+A"));
        add.setOnAction(e -> {
            vm.addArtifact();
            name.requestFocus();
        });
        Button dup = new Button("Duplicate");
        dup.setTooltip(new Tooltip("Ctrl+D"));
        dup.setOnAction(e -> vm.duplicateArtifact());
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Ctrl+Delete"));
        remove.setOnAction(e -> vm.removeArtifact());
        dup.disableProperty().bind(vm.selectedArtifactProperty().isNull());
        remove.disableProperty().bind(vm.selectedArtifactProperty().isNull());

        buildForm();
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyCombination.keyCombination("Shortcut+D").match(e)) {
                vm.duplicateArtifact();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.DELETE) {
                vm.removeArtifact();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.SOMETIMES);
        getChildren().addAll(new HBox(6, add, dup, remove), table, form);
        refreshRecipients();
        showSelected(vm.selectedArtifactProperty().get());
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static TableColumn<ArtifactRow, String> col(String title, java.util.function.Function<ArtifactRow, String> f) {
        TableColumn<ArtifactRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> {
            ArtifactRow r = cd.getValue();
            return Bindings.createStringBinding(() -> f.apply(r), r.observables());
        });
        return c;
    }

    private void buildForm() {
        form.setHgap(10);
        form.setVgap(4);
        form.setId("artifact-form");
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(150), fields, new ColumnConstraints(150), fields);
        kind.setId("artifact-kind");
        name.setId("artifact-name");
        published.setId("artifact-published");
        intended.setId("artifact-intended");
        eccn.setId("artifact-eccn");
        trainingOps.setId("artifact-training-ops");
        parameters.setId("artifact-parameters");
        benchmarks.setId("artifact-benchmarks");
        sharedWith.setId("artifact-shared-with");
        eccn.setPromptText("blank = let the rule set classify");
        trainingOps.setPromptText("e.g. 1e26 or 10^26");
        parameters.setPromptText("e.g. 7e10");
        benchmarks.setPromptText("MMLU=87.1; GPQA_DIAMOND=52; AGENTBENCH=8.4");
        sharedWith.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                PersonRow p = vm.person(id);
                return p == null ? id : p.label();
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        sharedWith.setTitle("everyone on the case");
        sharedWith.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> pushRecipients());
        problems.getStyleClass().add("field-problem");
        int row = 0;
        form.add(new Label("Name"), 0, row);
        form.add(name, 1, row);
        form.add(new Label("Kind"), 2, row);
        form.add(kind, 3, row++);
        form.add(new Label("Published"), 0, row);
        form.add(published, 1, row);
        form.add(new Label("Intended for publication"), 2, row);
        form.add(intended, 3, row++);
        Label pubHelp = new Label("Published: available to the public without restriction (15 CFR 734.7). "
                + "Published information and software are not subject to the EAR; 5D002 encryption source code "
                + "still needs the 742.15(b) notice.");
        pubHelp.getStyleClass().add("help");
        form.add(pubHelp, 0, row++, 4, 1);
        form.add(new Label("ECCN if known"), 0, row);
        form.add(eccn, 1, row);
        form.add(new Label("Training operations"), 2, row);
        form.add(trainingOps, 3, row++);
        form.add(new Label("Parameters"), 0, row);
        form.add(parameters, 1, row);
        form.add(new Label("Mixture of experts"), 2, row);
        form.add(moe, 3, row++);
        form.add(new Label("Benchmark scores"), 0, row);
        form.add(benchmarks, 1, row, 3, 1);
        row++;
        form.add(new Label("Encryption"), 0, row);
        form.add(encryption, 1, row);
        form.add(new Label("Channel"), 2, row);
        form.add(channel, 3, row++);
        form.add(new Label("Shared with"), 0, row);
        form.add(sharedWith, 1, row);
        Label swHelp = new Label("Nobody checked = everyone on the case.");
        swHelp.getStyleClass().add("help");
        form.add(swHelp, 2, row++, 2, 1);
        form.add(problems, 0, row, 4, 1);

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(name, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, "Name is required", v == null || v.isBlank()));
        validation.registerValidator(trainingOps, false, (Control c, String v) -> numberResult(c, "training operations", v));
        validation.registerValidator(parameters, false, (Control c, String v) -> numberResult(c, "parameters", v));
        validation.registerValidator(benchmarks, false, (Control c, String v) -> {
            String p = null;
            try {
                Numbers.parseBenchmarks(v);
            } catch (org.collabrisk.domain.InvalidInputException e) {
                p = e.getMessage();
            }
            return ValidationResult.fromErrorIf(c, p == null ? "" : p, p != null);
        });
        validation.registerValidator(eccn, false, (Control c, String v) -> {
            ArtifactRow r = vm.selectedArtifactProperty().get();
            String p = r == null ? null : r.eccnProblem();
            return ValidationResult.fromErrorIf(c, p == null ? "" : p, p != null);
        });
    }

    private static ValidationResult numberResult(Control c, String field, String v) {
        String p = Numbers.problem(field, v);
        return ValidationResult.fromErrorIf(c, p == null ? "" : p, p != null);
    }

    private void refreshRecipients() {
        syncingShared = true;
        try {
            sharedWith.getCheckModel().clearChecks();
            sharedWith.getItems().setAll(vm.people().stream().map(PersonRow::getId).toList());
        } finally {
            syncingShared = false;
        }
        pullRecipients();
    }

    private void pullRecipients() {
        ArtifactRow r = vm.selectedArtifactProperty().get();
        syncingShared = true;
        try {
            sharedWith.getCheckModel().clearChecks();
            if (r != null) {
                for (String id : r.sharedWith()) {
                    int i = sharedWith.getItems().indexOf(id);
                    if (i >= 0) {
                        sharedWith.getCheckModel().check(i);
                    }
                }
            }
        } finally {
            syncingShared = false;
        }
        sharedWith.setTitle(r == null || r.sharedWith().isEmpty() ? "everyone on the case" : null);
    }

    private void pushRecipients() {
        ArtifactRow r = vm.selectedArtifactProperty().get();
        if (syncingShared || r == null) {
            return;
        }
        var checked = java.util.List.copyOf(sharedWith.getCheckModel().getCheckedItems());
        if (!checked.equals(r.sharedWith())) {
            r.sharedWith().setAll(checked);
        }
        sharedWith.setTitle(checked.isEmpty() ? "everyone on the case" : null);
    }

    private void showSelected(ArtifactRow r) {
        formBindings.unbindAll();
        form.setDisable(r == null);
        if (r == null) {
            problems.setText("");
            pullRecipients();
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != r) {
            table.getSelectionModel().select(r);
        }
        formBindings.bind(kind.valueProperty(), r.kindProperty());
        formBindings.bind(name.textProperty(), r.nameProperty());
        formBindings.bind(published.valueProperty(), r.publishedProperty());
        formBindings.bind(intended.valueProperty(), r.intendedForPublicationProperty());
        formBindings.bind(eccn.textProperty(), r.eccnProperty());
        formBindings.bind(trainingOps.textProperty(), r.trainingOperationsProperty());
        formBindings.bind(parameters.textProperty(), r.parametersProperty());
        formBindings.bind(moe.valueProperty(), r.mixtureOfExpertsProperty());
        formBindings.bind(benchmarks.textProperty(), r.benchmarksProperty());
        formBindings.bind(encryption.valueProperty(), r.encryptionProperty());
        formBindings.bind(channel.valueProperty(), r.channelProperty());
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", r.problems()),
                r.observables()));
        formBindings.onUnbind(() -> problems.textProperty().unbind());
        pullRecipients();
    }

    public TableView<ArtifactRow> table() {
        return table;
    }
}
