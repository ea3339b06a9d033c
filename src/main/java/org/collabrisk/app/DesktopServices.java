package org.collabrisk.app;

import org.collabrisk.config.DataLocation;
import org.collabrisk.store.Database;

import java.nio.file.Path;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Production wiring: the database of the user profile ({@code COLLABRISK_DB} or the data folder). */
final class DesktopServices {
    private DesktopServices() {
    }

    static Path databasePath() {
        return DataLocation.database(null);
    }

    /** Opens the profile's database; {@code password} only for an encrypted file (null otherwise). */
    static StoreBackend openBackend(Path path, char[] password) {
        try {
            return new StoreBackend(Database.open(path, password));
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    static String describeDatabase(StoreBackend b) {
        return b.database().path() + (b.database().encrypted() ? " (encrypted)" : "");
    }

    /**
     * Waits (off the FX thread) for something that exists once the database is open: the backend, the repository,
     * the screening. One place, so every waiter gives the same sentence when the database fails or is slow.
     */
    static <T> T await(CompletableFuture<T> opened) {
        try {
            return opened.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The database could not be opened: "
                    + org.collabrisk.app.common.ErrorMessages.sentence(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The database did not open within 60 s", e);
        }
    }
}
