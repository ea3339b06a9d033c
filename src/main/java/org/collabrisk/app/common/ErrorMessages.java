package org.collabrisk.app.common;

import org.collabrisk.domain.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one sentence a user can act on (house style, "Errors"). */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String sentence(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t.getClass() == RuntimeException.class
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException) {
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException) {
            return "File not found: " + t.getMessage();
        }
        if (t instanceof AccessDeniedException) {
            return "Permission denied: " + t.getMessage();
        }
        if (t instanceof IOException) {
            return t.getMessage() == null ? "Input/output error (" + t.getClass().getSimpleName() + ")" : t.getMessage();
        }
        String msg = t.getMessage();
        return msg == null || msg.isBlank()
                ? "Unexpected error: " + t.getClass().getSimpleName()
                : "Unexpected error: " + msg;
    }
}
