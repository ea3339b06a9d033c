package org.collabrisk.store;

import org.collabrisk.domain.InvalidInputException;

/**
 * The database file was refused (not CollabRisk's, newer than the application, wrong password, unsafe path); the
 * file was not modified. A user error: the CLI exits with status 2.
 */
public class DatabaseRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public DatabaseRefusedException(String message) {
        super(message);
    }

    public DatabaseRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
