package org.collabrisk.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and name of the application, read once from a filtered resource. */
public final class AppInfo {
    private static final String VERSION = load();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /** The statement every screen and report carries (product design, "Not legal advice"). */
    public static String notLegalAdvice(String ruleSetTitle, java.time.LocalDate ruleSetDate) {
        return "Screening aid for the export-control office, not legal advice. Rule set: " + ruleSetTitle
                + " (law as of " + ruleSetDate + ").";
    }

    private static String load() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/collabrisk/app.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
