package org.collabrisk.app.common;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The real task runner: a small pool of daemon threads, callbacks through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public FxTaskRunner() {
        this.workers = Executors.newFixedThreadPool(2, daemon("collabrisk-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("collabrisk-timer"));
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> BackgroundJob run(String title, BackgroundWork<T> work, ProgressListener onProgress,
                                 Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (!job.cancelled.get()) {
                    Platform.runLater(() -> onProgress.progress(fraction, message));
                }
            }

            @Override
            public boolean isCancelled() {
                return job.cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        job.future = workers.submit(() -> {
            try {
                T result = work.call(progress);
                Platform.runLater(() -> {
                    job.done.set(true);
                    if (!job.cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancellationException | InterruptedException e) {
                Platform.runLater(() -> job.done.set(true));
            } catch (Throwable e) {
                if (job.cancelled.get()) {
                    Platform.runLater(() -> job.done.set(true));
                    return;
                }
                LOG.log(Level.FINE, "background task '" + title + "' failed", e);
                Platform.runLater(() -> {
                    job.done.set(true);
                    onFailure.accept(e);
                });
            }
        });
        return job;
    }

    @Override
    public BackgroundJob schedule(Duration delay, Runnable action) {
        Job job = new Job();
        job.future = timer.schedule(() -> Platform.runLater(() -> {
            job.done.set(true);
            if (!job.cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return job;
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static final class Job implements BackgroundJob {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicBoolean done = new AtomicBoolean();
        volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled.set(true);
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done.get() || cancelled.get();
        }
    }
}
