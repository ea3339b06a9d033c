package org.collabrisk.app.common;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and calls back on it (house style, "Threads"). The FX thread never touches JDBC or
 * runs an import: view models hand such work to this runner. {@link FxTaskRunner} is the real one;
 * {@link SameThreadTaskRunner} runs everything at once on the caller's thread, for view-model tests.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} is then called on the UI thread,
     * unless the job was cancelled first. Progress reported by the work reaches {@code onProgress} on the UI thread.
     */
    <T> BackgroundJob run(String title, BackgroundWork<T> work, ProgressListener onProgress,
                          Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    default <T> BackgroundJob run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        return run(title, work, ProgressListener.NONE, onSuccess, onFailure);
    }

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first (used for debouncing). */
    BackgroundJob schedule(Duration delay, Runnable action);

    /** Stops accepting work; running work is interrupted. */
    void shutdown();

    /** A unit of background work; it may report progress and should check {@link Progress#isCancelled()}. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** Given to running work: report progress, ask whether the user cancelled. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Receives progress on the UI thread. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(double fraction, String message);

        ProgressListener NONE = (f, m) -> {
        };
    }
}
