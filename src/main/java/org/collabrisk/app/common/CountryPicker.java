package org.collabrisk.app.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.collabrisk.domain.Country;
import org.controlsfx.control.SearchableComboBox;

/**
 * One country, picked from a searchable list by name or code (ControlsFX {@link SearchableComboBox}); the ×
 * button sets it back to unknown.
 */
public final class CountryPicker extends HBox {

    private final SearchableComboBox<Country> combo = new SearchableComboBox<>(
            FXCollections.observableArrayList(Ui.allCountries()));
    private ObjectProperty<Country> bound;

    public CountryPicker() {
        super(4);
        combo.setConverter(Ui.COUNTRY);
        combo.setPromptText("unknown");
        combo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(combo, Priority.ALWAYS);
        Button clear = new Button("×");
        clear.setTooltip(new Tooltip("Set to unknown"));
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> combo.setValue(null));
        getChildren().addAll(combo, clear);
        setMaxHeight(USE_PREF_SIZE);
        setFillHeight(false);
    }

    public void bind(ObjectProperty<Country> property) {
        if (bound != null) {
            combo.valueProperty().unbindBidirectional(bound);
        }
        bound = property;
        if (property != null) {
            combo.valueProperty().bindBidirectional(property);
        }
    }

    public SearchableComboBox<Country> comboBox() {
        return combo;
    }
}
