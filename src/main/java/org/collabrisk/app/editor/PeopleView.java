package org.collabrisk.app.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
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
import org.collabrisk.app.common.Bindings2;
import org.collabrisk.app.common.CountryMultiPicker;
import org.collabrisk.app.common.CountryPicker;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.UsStatus;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.stream.Collectors;

/**
 * The People part: an editable table (names and affiliations edit in place) and, under it, the full form for the
 * selected person with searchable country pickers and inline validation. Ctrl+D duplicates, Ctrl+Delete removes
 * the selected row; Ctrl+Shift+P adds a person (menu accelerator).
 */
public final class PeopleView extends VBox {

    private final CaseEditorViewModel vm;
    private final TableView<PersonRow> table = new TableView<>();
    private final Bindings2 formBindings = new Bindings2();
    private final TextField name = new TextField();
    private final TextField affiliation = new TextField();
    private final CountryPicker affiliationCountry = new CountryPicker();
    private final CountryMultiPicker citizenships = new CountryMultiPicker();
    private final CountryPicker permanentResidence = new CountryPicker();
    private final CountryPicker mostRecentStatus = new CountryPicker();
    private final ComboBox<UsStatus> usStatus = Ui.enumCombo(UsStatus.class, false);
    private final CountryPicker location = new CountryPicker();
    private final Label nameProblem = new Label();
    private final Label citizenshipProblem = new Label();
    private final GridPane form = new GridPane();

    public PeopleView(CaseEditorViewModel vm) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        setId("people-view");
        table.setId("people-table");
        table.setEditable(true);
        table.setItems(vm.people());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No people yet: add the co-authors and anyone else who will receive an artifact."));
        TableColumn<PersonRow, String> nameCol = new TableColumn<>("Name");
        nameCol.setCellValueFactory(c -> c.getValue().nameProperty());
        nameCol.setCellFactory(TextFieldTableCell.forTableColumn());
        nameCol.setPrefWidth(130);
        nameCol.setMinWidth(90);
        TableColumn<PersonRow, String> affCol = new TableColumn<>("Affiliation");
        affCol.setCellValueFactory(c -> c.getValue().affiliationProperty());
        affCol.setCellFactory(TextFieldTableCell.forTableColumn());
        affCol.setPrefWidth(150);
        table.getColumns().add(nameCol);
        table.getColumns().add(affCol);
        table.getColumns().add(textColumn("Aff. country", r -> code(r.affiliationCountryProperty().get()), 90));
        TableColumn<PersonRow, String> citCol = new TableColumn<>("Citizenships");
        citCol.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().citizenships().stream()
                .map(Country::code).collect(Collectors.joining(", ")), c.getValue().citizenships()));
        citCol.setPrefWidth(100);
        table.getColumns().add(citCol);
        table.getColumns().add(textColumn("Perm. residence", r -> code(r.permanentResidenceProperty().get()), 100));
        table.getColumns().add(textColumn("Most recent status", r -> code(r.mostRecentStatusProperty().get()), 110));
        table.getColumns().add(textColumn("US status", r -> Ui.humanize(r.usStatusProperty().get().name()), 110));
        table.getColumns().add(textColumn("Location", r -> code(r.locationProperty().get()), 70));
        table.setPrefHeight(190);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && vm.selectedPersonProperty().get() != b) {
                vm.selectedPersonProperty().set(b);
            }
        });
        vm.selectedPersonProperty().addListener((o, a, b) -> showSelected(b));

        Button add = new Button("Add person");
        add.setId("add-person");
        add.setTooltip(new Tooltip("Ctrl+Shift+P"));
        add.setOnAction(e -> {
            vm.addPerson();
            name.requestFocus();
        });
        Button dup = new Button("Duplicate");
        dup.setTooltip(new Tooltip("Ctrl+D"));
        dup.setOnAction(e -> vm.duplicatePerson());
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Ctrl+Delete"));
        remove.setOnAction(e -> vm.removePerson());
        dup.disableProperty().bind(vm.selectedPersonProperty().isNull());
        remove.disableProperty().bind(vm.selectedPersonProperty().isNull());
        HBox bar = new HBox(6, add, dup, remove);

        buildForm();
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyCombination.keyCombination("Shortcut+D").match(e)) {
                vm.duplicatePerson();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.DELETE) {
                vm.removePerson();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.SOMETIMES);
        getChildren().addAll(bar, table, form);
        showSelected(vm.selectedPersonProperty().get());
    }

    private static String code(Country c) {
        return c == null ? "?" : c.code();
    }

    private static TableColumn<PersonRow, String> textColumn(String title,
                                                             java.util.function.Function<PersonRow, String> f,
                                                             double width) {
        TableColumn<PersonRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> {
            PersonRow r = c.getValue();
            return Bindings.createStringBinding(() -> f.apply(r), r.observables());
        });
        col.setPrefWidth(width);
        return col;
    }

    private void buildForm() {
        form.setHgap(10);
        form.setVgap(4);
        form.setId("person-form");
        ColumnConstraints labels = new ColumnConstraints(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields, new ColumnConstraints(140), fields);
        name.setId("person-name");
        affiliation.setId("person-affiliation");
        citizenships.setId("person-citizenships");
        citizenships.searchField().setId("person-citizenships-search");
        usStatus.setId("person-us-status");
        location.setId("person-location");
        nameProblem.getStyleClass().add("field-problem");
        citizenshipProblem.getStyleClass().add("field-warning");
        int row = 0;
        form.add(new Label("Name"), 0, row);
        form.add(new VBox(2, name, nameProblem), 1, row);
        form.add(new Label("Affiliation"), 2, row);
        form.add(affiliation, 3, row++);
        form.add(new Label("Affiliation country"), 0, row);
        form.add(affiliationCountry, 1, row);
        form.add(new Label("US status"), 2, row);
        form.add(usStatus, 3, row++);
        form.add(new Label("Citizenships"), 0, row);
        form.add(new VBox(2, citizenships, citizenshipProblem), 1, row, 3, 1);
        row++;
        form.add(new Label("Permanent residence"), 0, row);
        form.add(permanentResidence, 1, row);
        form.add(new Label("Most recent status"), 2, row);
        form.add(mostRecentStatus, 3, row++);
        form.add(new Label("Location of release"), 0, row);
        form.add(location, 1, row);
        Label help = new Label("A release to a foreign person is a deemed export to their most recent country of "
                + "citizenship or permanent residency (15 CFR 734.13(b)). U.S. citizens, permanent residents and "
                + "protected individuals are not foreign persons (15 CFR 772.1).");
        help.getStyleClass().add("help");
        form.add(help, 2, row, 2, 1);

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(name, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, "Name is required", v == null || v.isBlank()));
        validation.registerValidator(citizenships.searchField(), false, (Control c, String v) -> {
            PersonRow r = vm.selectedPersonProperty().get();
            String w = r == null ? null : r.citizenshipProblem();
            return ValidationResult.fromMessageIf(c, w == null ? "" : w, Severity.WARNING, w != null);
        });
    }

    private void showSelected(PersonRow r) {
        formBindings.unbindAll();
        form.setDisable(r == null);
        if (r == null) {
            nameProblem.setText("");
            citizenshipProblem.setText("");
            citizenships.bind(javafx.collections.FXCollections.observableArrayList());
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != r) {
            table.getSelectionModel().select(r);
        }
        formBindings.bind(name.textProperty(), r.nameProperty());
        formBindings.bind(affiliation.textProperty(), r.affiliationProperty());
        affiliationCountry.bind(r.affiliationCountryProperty());
        citizenships.bind(r.citizenships());
        permanentResidence.bind(r.permanentResidenceProperty());
        mostRecentStatus.bind(r.mostRecentStatusProperty());
        formBindings.bind(usStatus.valueProperty(), r.usStatusProperty());
        location.bind(r.locationProperty());
        ReadOnlyStringWrapper np = new ReadOnlyStringWrapper();
        np.bind(Bindings.createStringBinding(() -> nullToEmpty(r.nameProblem()), r.nameProperty()));
        nameProblem.textProperty().bind(np);
        citizenshipProblem.textProperty().bind(Bindings.createStringBinding(
                () -> nullToEmpty(r.citizenshipProblem()), r.citizenships(), r.usStatusProperty()));
        formBindings.onUnbind(() -> {
            nameProblem.textProperty().unbind();
            citizenshipProblem.textProperty().unbind();
            np.unbind();
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public TableView<PersonRow> table() {
        return table;
    }
}
