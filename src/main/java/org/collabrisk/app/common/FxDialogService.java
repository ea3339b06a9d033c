package org.collabrisk.app.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.dialog.ExceptionDialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Dialogs on the FX thread, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> statusSink;
    private Path lastFolder;

    /**
     * @param owner      the main window (dialogs are modal to it)
     * @param statusSink also receives every notification, so the status bar keeps the last one
     */
    public FxDialogService(Supplier<Window> owner, Consumer<String> statusSink) {
        this.owner = owner;
        this.statusSink = statusSink;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(a, title);
        a.showAndWait();
    }

    @Override
    public void showException(String title, Throwable error) {
        ExceptionDialog d = new ExceptionDialog(error);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(ErrorMessages.sentence(error));
        ownedByTheMainWindow(d);
        d.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(a, title);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        prepare(a, title);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        TextInputDialog d = new TextInputDialog(initialValue == null ? "" : initialValue);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        ownedByTheMainWindow(d);
        return d.showAndWait();
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        javafx.scene.control.Dialog<char[]> d = new javafx.scene.control.Dialog<>();
        d.setTitle(title);
        d.setHeaderText(prompt);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        ownedByTheMainWindow(d);
        javafx.application.Platform.runLater(field::requestFocus);
        return d.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        ownedByTheMainWindow(d);
        return d.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        FileChooser fc = chooser(title, kind);
        File f = fc.showOpenDialog(owner.get());
        return remember(f);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind) {
        FileChooser fc = chooser(title, kind);
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner.get());
        return remember(f);
    }

    @Override
    public void notify(String message) {
        statusSink.accept(message);
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        Notifications.create().owner(w).title("CollabRisk").text(message).hideAfter(Duration.seconds(4))
                .showInformation();
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(lastFolder.toFile());
        }
        return fc;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.toPath().toAbsolutePath().getParent();
        return Optional.of(f.toPath());
    }

    private void prepare(Alert a, String title) {
        a.setTitle(title);
        a.setHeaderText(title);
        ownedByTheMainWindow(a);
        a.getDialogPane().setMinWidth(460);
    }

    /** Dialogs stay on top of, and centred on, the main window once it exists. */
    private void ownedByTheMainWindow(javafx.scene.control.Dialog<?> d) {
        if (owner.get() != null) {
            d.initOwner(owner.get());
        }
    }
}
