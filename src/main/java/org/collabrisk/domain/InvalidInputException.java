package org.collabrisk.domain;

/**
 * Bad input from a user or a file: carries one sentence the user can act on ("cases/a.json line 14, column 3:
 * people[2].citizenships[0]: 'XX' is not an ISO 3166-1 alpha-2 country code"). The CLI turns it into exit status 2.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
