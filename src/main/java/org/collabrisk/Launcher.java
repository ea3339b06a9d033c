package org.collabrisk;

import org.collabrisk.cli.CollabRiskCommand;

/**
 * Entry point of {@code collabrisk.jar}: no arguments opens the desktop app, anything else runs the CLI.
 * Deliberately does not extend {@code javafx.application.Application} (with JavaFX on the class path,
 * {@code java -jar} would otherwise refuse to start; docs/stack-notes trap 3).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.collabrisk.app.DesktopApp.launchApp(args);
            return;
        }
        System.exit(CollabRiskCommand.run(args));
    }
}
