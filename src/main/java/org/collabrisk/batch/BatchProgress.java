package org.collabrisk.batch;

/** Progress of a batch run: the phase ("import", "screening", "report") and how far it is. */
@FunctionalInterface
public interface BatchProgress {
    BatchProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
