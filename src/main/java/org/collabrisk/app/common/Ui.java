package org.collabrisk.app.common;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.collabrisk.app.matrix.MatrixCell;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small widget helpers shared by the screens. */
public final class Ui {
    private Ui() {
    }

    /** A coloured pill with the outcome's short label. */
    public static Label outcomeBadge(Outcome o) {
        Label l = new Label(o == null ? "—" : o.shortLabel());
        l.getStyleClass().addAll("badge", MatrixCell.styleClassOf(o));
        return l;
    }

    public static void styleAsOutcome(Label l, Outcome o) {
        l.getStyleClass().removeIf(s -> s.startsWith("outcome-"));
        l.getStyleClass().add(MatrixCell.styleClassOf(o));
    }

    /** "DE — Germany"; parses a code, a name or that same form back. */
    public static final StringConverter<Country> COUNTRY = new StringConverter<>() {
        @Override
        public String toString(Country c) {
            return c == null ? "" : c.code() + " — " + c.displayName();
        }

        @Override
        public Country fromString(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            String t = s.contains("—") ? s.substring(0, s.indexOf('—')).trim() : s;
            return Country.parse(t).orElse(null);
        }
    };

    public static List<Country> allCountries() {
        List<Country> out = new ArrayList<>();
        Country.all().keySet().forEach(code -> out.add(Country.of(code)));
        return out;
    }

    /** A combo for a yes/no question where "unknown" is a real answer (null). */
    public static ComboBox<Boolean> yesNoUnknown() {
        ComboBox<Boolean> cb = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(null, true, false)));
        cb.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "Unknown" : b ? "Yes" : "No";
            }

            @Override
            public Boolean fromString(String s) {
                return "Yes".equals(s) ? Boolean.TRUE : "No".equals(s) ? Boolean.FALSE : null;
            }
        });
        cb.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? "Unknown" : item ? "Yes" : "No");
            }
        });
        return cb;
    }

    /** A combo over an enum's values, shown as "Model weights", with "Unknown" for null when allowed. */
    public static <E extends Enum<E>> ComboBox<E> enumCombo(Class<E> type, boolean allowUnknown) {
        List<E> values = new ArrayList<>();
        if (allowUnknown) {
            values.add(null);
        }
        values.addAll(Arrays.asList(type.getEnumConstants()));
        ComboBox<E> cb = new ComboBox<>(FXCollections.observableArrayList(values));
        StringConverter<E> conv = new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? (allowUnknown ? "Unknown" : "") : humanize(e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
        cb.setConverter(conv);
        cb.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : conv.toString(item));
            }
        });
        return cb;
    }

    /** MODEL_WEIGHTS → "Model weights". */
    public static String humanize(String constant) {
        String s = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
