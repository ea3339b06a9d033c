package org.collabrisk;

import org.collabrisk.cli.CollabRiskCommand;
import org.collabrisk.config.AppInfo;
import org.collabrisk.config.DataLocation;
import org.collabrisk.config.Logging;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of {@code collabrisk.jar}: no arguments opens the desktop app, anything else runs the CLI.
 * Deliberately does not extend {@code javafx.application.Application} (with JavaFX on the class path,
 * {@code java -jar} would otherwise refuse to start; docs/stack-notes trap 3).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        startLogging();
        if (args.length == 0 || opensCaseFile(args)) {
            // a double-clicked case file arrives as the only argument (packaging/*/case-file.properties); the
            // desktop app finds it in Application.getParameters().getRaw()
            org.collabrisk.app.DesktopApp.launchApp(args);
            return;
        }
        System.exit(CollabRiskCommand.run(args));
    }

    /** True for {@code CollabRisk path/to/x.collabrisk.json}: the desktop's "open with", not a command. */
    static boolean opensCaseFile(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        return (name.endsWith(".collabrisk.json") || name.endsWith(".collabrisk"))
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    private static void startLogging() {
        try {
            Logging.configure(DataLocation.dataFolder());
            Logger.getLogger(Launcher.class.getName()).log(Level.INFO, "CollabRisk {0} starting on Java {1}, {2}",
                    new Object[]{AppInfo.version(), Runtime.version().toString(), System.getProperty("os.name")});
        } catch (java.io.IOException | RuntimeException e) {
            // a read-only or full home folder must not stop the app; say it once and carry on
            System.err.println("collabrisk: warning: no log file (" + e.getMessage() + ")");
        }
    }
}
