package org.collabrisk.app.screenshots;

import org.collabrisk.app.common.DialogService;
import org.collabrisk.app.common.ErrorMessages;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs for unattended runs (screenshots): nothing modal, every message to stderr, every question declined. */
final class ConsoleDialogService implements DialogService {

    private final PrintStream err;
    final java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    ConsoleDialogService(PrintStream err) {
        this.err = err;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        err.println("collabrisk screenshots: " + title + ": " + message);
    }

    @Override
    public void showException(String title, Throwable error) {
        showError(title, ErrorMessages.sentence(error));
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        return Optional.empty();
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        return Optional.empty();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind) {
        return Optional.empty();
    }

    @Override
    public void notify(String message) {
    }
}
