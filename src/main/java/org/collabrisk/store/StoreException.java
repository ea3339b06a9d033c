package org.collabrisk.store;

/** A database fault, with a sentence naming the database file and what failed. The CLI exits with status 1. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
