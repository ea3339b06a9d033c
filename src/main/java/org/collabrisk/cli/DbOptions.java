package org.collabrisk.cli;

import org.collabrisk.config.DataLocation;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.store.Database;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --db PATH} option shared by every command that uses the database (a picocli mixin), and how the
 * command line gets the encryption password: {@code COLLABRISK_DB_PASSWORD}, else a prompt on the console.
 */
public final class DbOptions {

    public static final String PASSWORD_ENV = "COLLABRISK_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: COLLABRISK_DB, else collabrisk in the user's data folder).")
    String db;

    /** The database path the options resolve to (without ".mv.db"). */
    public Path path() {
        return DataLocation.database(db);
    }

    /**
     * Opens the database. An existing encrypted file needs its password; a new file is created encrypted when
     * {@code COLLABRISK_DB_PASSWORD} is set.
     */
    public Database open() {
        Path path = path();
        boolean exists = Files.exists(Database.dataFile(path));
        char[] password = passwordFromEnvironment();
        if (password == null && exists && Database.isEncrypted(path)) {
            password = prompt(path);
        }
        return Database.open(path, password);
    }

    private static char[] passwordFromEnvironment() {
        String env = System.getenv(PASSWORD_ENV);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    private static char[] prompt(Path path) {
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("database " + Database.dataFile(path) + " is encrypted: set "
                    + PASSWORD_ENV + " (no console to ask for the password)");
        }
        char[] pw = console.readPassword("Password for %s: ", Database.dataFile(path));
        if (pw == null || pw.length == 0) {
            throw new InvalidInputException("database " + Database.dataFile(path) + " is encrypted and no password "
                    + "was given");
        }
        return pw;
    }
}
