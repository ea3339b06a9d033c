package org.collabrisk.app.matrix;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.collabrisk.app.common.Ui;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ScreeningHit;

import java.util.HashMap;
import java.util.Map;

/**
 * Draws the matrix (artifacts down, people across; each cell a coloured button with the outcome's short label)
 * and, under it, the selected cell's decision trail, screening hits and remediation.
 */
public final class DisclosureMatrixView extends VBox {

    private final DisclosureMatrixViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox details = new VBox();
    private final Map<String, Button> cellButtons = new HashMap<>();

    public DisclosureMatrixView(DisclosureMatrixViewModel vm) {
        super(6);
        this.vm = vm;
        setId("matrix-view");
        grid.getStyleClass().add("matrix");
        grid.setId("matrix-grid");
        details.getStyleClass().add("details");
        details.setId("cell-details");
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(false);
        gridScroll.setPrefViewportHeight(220);
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        VBox.setVgrow(detailScroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(gridScroll, detailScroll);
        vm.modelProperty().addListener((o, a, b) -> redraw());
        vm.selectedProperty().addListener((o, a, b) -> highlight(a, b));
        vm.detailsProperty().addListener((o, a, b) -> showDetails(b));
        redraw();
        showDetails(vm.detailsProperty().get());
    }

    private static String key(String artifactId, String personId) {
        return artifactId + "|" + personId;
    }

    private void redraw() {
        grid.getChildren().clear();
        cellButtons.clear();
        DisclosureMatrixViewModel.Model m = vm.model();
        if (m.isEmpty()) {
            Label empty = new Label("The matrix appears once the case has at least one person and one artifact.");
            empty.getStyleClass().add("help");
            grid.add(empty, 0, 0);
            return;
        }
        Label corner = new Label("Artifact \\ Person");
        corner.getStyleClass().add("matrix-header");
        grid.add(corner, 0, 0);
        for (int c = 0; c < m.columns().size(); c++) {
            Person p = m.columns().get(c);
            String cit = p.citizenships().isEmpty() ? "?" : String.join("/", p.citizenships().stream()
                    .map(x -> x.code()).toList());
            Label h = new Label(p.name() + "\n" + cit);
            h.getStyleClass().add("matrix-header");
            h.setMaxWidth(150);
            grid.add(h, c + 1, 0);
        }
        for (int r = 0; r < m.rows().size(); r++) {
            Artifact a = m.rows().get(r);
            Label h = new Label(a.name() + "\n" + Ui.humanize(a.kind().name()));
            h.getStyleClass().add("matrix-header");
            h.setMaxWidth(200);
            grid.add(h, 0, r + 1);
            for (int c = 0; c < m.columns().size(); c++) {
                Person p = m.columns().get(c);
                MatrixCell cell = m.cell(a.id(), p.id()).orElseThrow();
                Button b = new Button(cell.label());
                b.setId("cell-" + a.id() + "-" + p.id());
                b.getStyleClass().addAll("matrix-cell", cell.styleClass());
                b.setMaxWidth(Double.MAX_VALUE);
                b.setTooltip(new Tooltip(a.name() + " → " + p.name() + ": "
                        + (cell.outcome() == null ? "not shared" : cell.outcome().meaning())));
                b.setOnAction(e -> vm.select(a.id(), p.id()));
                b.setUserData(cell.outcome());
                cellButtons.put(key(a.id(), p.id()), b);
                grid.add(b, c + 1, r + 1);
            }
        }
        highlight(null, vm.selectedProperty().get());
    }

    private void highlight(MatrixCell before, MatrixCell now) {
        cellButtons.values().forEach(b -> b.getStyleClass().remove("selected-cell"));
        if (now != null) {
            Button b = cellButtons.get(key(now.artifactId(), now.personId()));
            if (b != null) {
                b.getStyleClass().add("selected-cell");
            }
        }
    }

    private void showDetails(CellDetails d) {
        details.getChildren().clear();
        if (d == null) {
            Label hint = new Label("Select a cell to see why: the rules applied in order, with their citations.");
            hint.getStyleClass().add("help");
            details.getChildren().add(hint);
            return;
        }
        Label heading = new Label(d.heading());
        heading.getStyleClass().add("heading");
        details.getChildren().addAll(heading, Ui.outcomeBadge(d.outcome()));
        if (d.outcome() != null) {
            details.getChildren().add(new Label("Deemed destination: " + (d.destination() == null ? "unknown" : d.destination())
                    + "    Classification: " + (d.classification() == null ? "unknown" : d.classification())));
        }
        if (!d.reasons().isEmpty()) {
            details.getChildren().add(section("Decision trail"));
            for (String line : d.reasonLines()) {
                Label l = new Label(line);
                l.getStyleClass().add("reason");
                l.setWrapText(true);
                details.getChildren().add(l);
            }
        }
        if (!d.hits().isEmpty()) {
            details.getChildren().add(section("Screening hits"));
            for (ScreeningHit h : d.hits()) {
                Label l = new Label(CellDetails.describe(h));
                l.getStyleClass().add("hit");
                l.setWrapText(true);
                details.getChildren().add(l);
            }
        }
        if (!d.remediation().isEmpty()) {
            details.getChildren().add(section("What would lower it"));
            for (String r : d.remediation()) {
                Label l = new Label("→ " + r);
                l.getStyleClass().add("remedy");
                l.setWrapText(true);
                details.getChildren().add(l);
            }
        }
        details.setPadding(new Insets(8));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** The button of a cell, for tests and screenshots. */
    public Button cellButton(String artifactId, String personId) {
        return cellButtons.get(key(artifactId, personId));
    }
}
