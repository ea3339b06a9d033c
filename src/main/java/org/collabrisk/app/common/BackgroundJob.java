package org.collabrisk.app.common;

/** A handle on background or scheduled work. */
public interface BackgroundJob {
    void cancel();

    boolean isCancelled();

    boolean isDone();

    BackgroundJob DONE = new BackgroundJob() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
