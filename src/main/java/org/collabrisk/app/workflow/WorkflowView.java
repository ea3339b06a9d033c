package org.collabrisk.app.workflow;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.collabrisk.app.CaseRepository.AuditEntry;
import org.collabrisk.app.CaseRepository.HistoryEntry;

import java.util.function.Function;

/** Submit / decide buttons, the case's status, its history and its audit entries. */
public final class WorkflowView extends BorderPane {

    public WorkflowView(WorkflowViewModel vm, Runnable onSubmit, Runnable onDecide) {
        setId("workflow-view");
        setPadding(new Insets(10));
        Label status = new Label();
        status.setId("workflow-status");
        status.getStyleClass().add("section-title");
        status.textProperty().bind(Bindings.createStringBinding(() -> "Status: "
                + (vm.statusProperty().get() == null ? "not saved" : org.collabrisk.app.CaseRepository.Decision.label(vm.statusProperty().get())), vm.statusProperty()));
        Button submit = new Button("Submit for review… (Ctrl+Shift+U)");
        submit.setId("submit-review");
        submit.setOnAction(e -> onSubmit.run());
        Button decide = new Button("Record a decision… (Ctrl+Shift+D)");
        decide.setId("record-decision");
        decide.setOnAction(e -> onDecide.run());
        Label msg = new Label();
        msg.textProperty().bind(vm.messageProperty());
        msg.setWrapText(true);
        Label keep = new Label("Cases, assessments, decisions and the audit log are kept for at least five years "
                + "(15 CFR 762.6).");
        keep.getStyleClass().add("help");
        setTop(new VBox(6, new HBox(10, status, submit, decide), msg, keep));

        TableView<HistoryEntry> history = new TableView<>(vm.history());
        history.setId("history-table");
        history.setPlaceholder(new Label("No history yet."));
        history.getColumns().add(col("When", h -> String.valueOf(h.at()), 200));
        history.getColumns().add(col("What", HistoryEntry::kind, 110));
        history.getColumns().add(col("Summary", HistoryEntry::summary, 460));
        TableView<AuditEntry> audit = new TableView<>(vm.audit());
        audit.setId("audit-table");
        audit.setPlaceholder(new Label("No audit entries yet."));
        audit.getColumns().add(col("When", a -> String.valueOf(a.at()), 200));
        audit.getColumns().add(col("Who", AuditEntry::actor, 110));
        audit.getColumns().add(col("Action", AuditEntry::action, 140));
        audit.getColumns().add(col("Detail", AuditEntry::detail, 320));
        Label h = new Label("History (revisions, assessments, decisions)");
        h.getStyleClass().add("section-title");
        Label a = new Label("Audit log");
        a.getStyleClass().add("section-title");
        SplitPane split = new SplitPane(new VBox(4, h, history), new VBox(4, a, audit));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
