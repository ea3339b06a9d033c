package org.collabrisk.app.batch;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and calls back on it. {@link FxBackgroundRunner} uses a JavaFX {@code Task};
 * {@link #sameThread()} runs everything at once, for view-model tests without a toolkit.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Where property updates made from the background must go (the FX thread in the app). */
    Executor uiThread();

    static BackgroundRunner sameThread() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            }

            @Override
            public Executor uiThread() {
                return Runnable::run;
            }
        };
    }
}
