package org.collabrisk.app.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread; for view-model tests (no toolkit needed). Scheduled actions are kept
 * until {@link #runScheduled()} so tests can check debouncing: only the actions not cancelled meanwhile run.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final List<Scheduled> scheduled = new ArrayList<>();
    private final boolean runScheduledAtOnce;
    private int tasksRun;

    /** Scheduled actions wait for {@link #runScheduled()}. */
    public SameThreadTaskRunner() {
        this(false);
    }

    public SameThreadTaskRunner(boolean runScheduledAtOnce) {
        this.runScheduledAtOnce = runScheduledAtOnce;
    }

    @Override
    public <T> BackgroundJob run(String title, BackgroundWork<T> work, ProgressListener onProgress,
                                 Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        tasksRun++;
        boolean[] cancelled = {false};
        BackgroundJob job = new BackgroundJob() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    onProgress.progress(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return job;
        }
        onSuccess.accept(result);
        return job;
    }

    @Override
    public BackgroundJob schedule(Duration delay, Runnable action) {
        Scheduled s = new Scheduled(action);
        if (runScheduledAtOnce) {
            s.done = true;
            action.run();
        } else {
            scheduled.add(s);
        }
        return s;
    }

    /** Runs the scheduled actions that were not cancelled, as if their delay had passed; returns how many ran. */
    public int runScheduled() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        int ran = 0;
        for (Scheduled s : due) {
            if (!s.cancelled) {
                s.done = true;
                s.action.run();
                ran++;
            }
        }
        return ran;
    }

    /** How many background tasks were started. */
    public int tasksRun() {
        return tasksRun;
    }

    @Override
    public void shutdown() {
        scheduled.clear();
    }

    private static final class Scheduled implements BackgroundJob {
        final Runnable action;
        boolean cancelled;
        boolean done;

        Scheduled(Runnable action) {
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }
    }
}
