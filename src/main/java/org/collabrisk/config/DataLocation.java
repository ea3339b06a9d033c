package org.collabrisk.config;

import org.collabrisk.domain.InvalidInputException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where CollabRisk keeps its data: the OS data folder (Linux {@code ~/.local/share/collabrisk}, macOS
 * {@code ~/Library/Application Support/CollabRisk}, Windows {@code %APPDATA%\CollabRisk}), overridable with
 * {@code COLLABRISK_HOME} (the whole folder, used by tests) and, for the database alone, {@code --db PATH} or
 * {@code COLLABRISK_DB}.
 */
public final class DataLocation {
    private DataLocation() {
    }

    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String override = env.get("COLLABRISK_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "CollabRisk") : Path.of(userHome, "AppData", "Roaming", "CollabRisk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CollabRisk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("collabrisk");
    }

    /**
     * The database file path without H2's ".mv.db" suffix: {@code --db} if given, else {@code COLLABRISK_DB},
     * else {@code <data folder>/collabrisk}. Paths with characters that could change the JDBC URL are refused.
     */
    public static Path database(String cliOverride) {
        String chosen = cliOverride != null && !cliOverride.isBlank() ? cliOverride : System.getenv("COLLABRISK_DB");
        Path p = chosen != null && !chosen.isBlank() ? Path.of(chosen) : dataFolder().resolve("collabrisk");
        String s = p.toAbsolutePath().normalize().toString();
        if (s.endsWith(".mv.db")) {
            s = s.substring(0, s.length() - ".mv.db".length());
        }
        if (s.contains(";") || s.contains("=")) {
            throw new InvalidInputException("database path '" + p + "' contains ';' or '=', which is not allowed");
        }
        return Path.of(s);
    }
}
