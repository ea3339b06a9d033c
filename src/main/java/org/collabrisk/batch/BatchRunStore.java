package org.collabrisk.batch;

/**
 * Keeps batch runs for audit (input SHA-256, list versions and hashes, settings, results): EAR records are kept
 * five years (15 CFR 762.6).
 */
public interface BatchRunStore {

    /** Saves the run; returns where it went (a file path or a database id), for the user to see. */
    String save(BatchResult run);
}
