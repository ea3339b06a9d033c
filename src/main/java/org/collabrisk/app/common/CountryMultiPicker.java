package org.collabrisk.app.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.collabrisk.domain.Country;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Several countries (citizenships) picked from a ControlsFX {@link CheckComboBox} with a search field in front
 * of it: typing a name or code ("chin", "IR") narrows the list; checked countries stay checked while filtered out.
 * Kept in step with the bound list both ways.
 */
public final class CountryMultiPicker extends HBox {

    private final List<Country> all = Ui.allCountries();
    private final TextField search = new TextField();
    private final CheckComboBox<Country> combo = new CheckComboBox<>();
    private final Set<Country> chosen = new LinkedHashSet<>();
    private ObservableList<Country> bound = FXCollections.observableArrayList();
    private final ListChangeListener<Country> boundListener = c -> pullFromBound();
    private boolean syncing;

    public CountryMultiPicker() {
        super(6);
        search.setPromptText("search country or code");
        search.setPrefColumnCount(9);
        combo.setConverter(Ui.COUNTRY);
        combo.setShowCheckedCount(false);
        combo.setTitle("none");
        combo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(combo, Priority.ALWAYS);
        combo.getItems().setAll(all);
        search.textProperty().addListener((o, a, b) -> applyFilter(b));
        search.setOnAction(e -> {
            // Enter: check the country the text names exactly ("DE", "Germany"), else the single remaining match;
            // the quickest path from the keyboard.
            int target = Country.parse(search.getText()).map(c -> combo.getItems().indexOf(c))
                    .orElse(combo.getItems().size() == 1 ? 0 : -1);
            if (target >= 0) {
                combo.getCheckModel().toggleCheckState(target);
                search.clear();
            } else {
                combo.show();
            }
        });
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<Country>) c -> pushToBound());
        getChildren().addAll(search, combo);
        updateTitle();
    }

    /** Shows and edits {@code list} (a person's citizenships); replaces any earlier binding. */
    public void bind(ObservableList<Country> list) {
        bound.removeListener(boundListener);
        bound = list;
        bound.addListener(boundListener);
        search.clear();
        pullFromBound();
    }

    private void pullFromBound() {
        if (syncing) {
            return;
        }
        chosen.clear();
        chosen.addAll(bound);
        recheck();
    }

    private void pushToBound() {
        if (syncing) {
            return;
        }
        // checked items only cover what the filter shows: keep the chosen ones that are filtered out
        Set<Country> visible = new LinkedHashSet<>(combo.getItems());
        chosen.removeIf(visible::contains);
        chosen.addAll(combo.getCheckModel().getCheckedItems());
        syncing = true;
        try {
            List<Country> ordered = new ArrayList<>(chosen);
            if (!ordered.equals(bound)) {
                bound.setAll(ordered);
            }
        } finally {
            syncing = false;
        }
        // The CheckComboBox skin redraws its text only when the checks change, so re-apply them after the title.
        javafx.application.Platform.runLater(this::recheck);
    }

    private void applyFilter(String text) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Country> shown = q.isEmpty() ? all : all.stream()
                .filter(c -> c.code().equalsIgnoreCase(q) || c.displayName().toLowerCase(Locale.ROOT).contains(q)
                        || Country.parse(q).map(c::equals).orElse(false))
                .toList();
        syncing = true;
        try {
            combo.getCheckModel().clearChecks();
            combo.getItems().setAll(shown);
        } finally {
            syncing = false;
        }
        recheck();
    }

    private void recheck() {
        updateTitle(); // before the checks: the skin reads the title when they change
        syncing = true;
        try {
            combo.getCheckModel().clearChecks();
            for (Country c : chosen) {
                int i = combo.getItems().indexOf(c);
                if (i >= 0) {
                    combo.getCheckModel().check(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void updateTitle() {
        combo.setTitle(chosen.isEmpty() ? "none (unknown)"
                : String.join(", ", chosen.stream().map(Country::code).toList()));
    }

    public TextField searchField() {
        return search;
    }

    public CheckComboBox<Country> comboBox() {
        return combo;
    }
}
