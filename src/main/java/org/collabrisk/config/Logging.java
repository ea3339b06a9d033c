package org.collabrisk.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Configures java.util.logging once at start-up ({@link org.collabrisk.Launcher}): everything at INFO and above
 * goes to {@code <data folder>/logs/collabrisk.log}, rotated at 1 MB with 4 older files kept, created for the
 * user only, and redacted ({@link LogRedaction}: no names, affiliations or citizenships). Nothing goes to the
 * console: the CLI's output is its own. {@code System.Logger} (and so other libraries using it) ends up here too.
 * <p>
 * Use: {@code private static final Logger LOG = Logger.getLogger(MyClass.class.getName());} then
 * {@code LOG.log(Level.INFO, "imported list {0}: {1} rows", new Object[]{code, rows})}. Pass domain objects as
 * parameters, never concatenated, so they are reduced to their ids.
 */
public final class Logging {

    public static final String FILE_NAME = "collabrisk.log";
    public static final long LIMIT_BYTES = 1024 * 1024;
    public static final int KEEP = 4;

    private static Path configuredFile;

    private Logging() {
    }

    /** The folder the log files go in. */
    public static Path logFolder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }

    /**
     * Sends the root logger to the rotating log file in {@code dataFolder/logs}. Safe to call again (later calls
     * are ignored). A log file that cannot be created must not stop the app: the caller prints the exception's
     * message and goes on.
     */
    public static synchronized Path configure(Path dataFolder) throws IOException {
        if (configuredFile != null) {
            return configuredFile;
        }
        if (!java.nio.file.Files.exists(dataFolder)) {
            // the data folder holds the case database: a new one is the user's alone (an existing one is left as is)
            RotatingLogFile.createPrivateFolder(dataFolder);
        }
        RotatingLogFile handler = new RotatingLogFile(logFolder(dataFolder), FILE_NAME, LIMIT_BYTES, KEEP,
                new LogFormat(LogRedaction.forThisUser()));
        handler.setLevel(Level.INFO);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(Level.INFO);
        root.addHandler(handler);
        // H2 and Flyway are chatty at INFO; their warnings still come through
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("h2database").setLevel(Level.WARNING);
        configuredFile = handler.file();
        return configuredFile;
    }
}
