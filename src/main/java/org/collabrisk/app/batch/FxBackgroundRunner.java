package org.collabrisk.app.batch;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs work in a plain JavaFX {@link Task} on a daemon thread; callbacks arrive on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        Thread t = new Thread(task, "batch-run");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Executor uiThread() {
        return Platform::runLater;
    }
}
