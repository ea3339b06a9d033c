package org.collabrisk.app.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collabrisk.exchange.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the app remembers between runs, in a small JSON file in the data folder ({@code ui-settings.json}):
 * window size and place, the last case, recent files, theme and rule set. A broken file is ignored (logged), never
 * fatal: these are conveniences.
 */
public record UiSettings(double width, double height, Double x, Double y, boolean maximized, String lastCaseId,
                         String lastFile, List<String> recentFiles, String theme, String ruleSet) {

    private static final Logger LOG = Logger.getLogger(UiSettings.class.getName());
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static final UiSettings DEFAULTS = new UiSettings(1280, 800, null, null, false, null, null, List.of(),
            "LIGHT", "ear-2026");

    public UiSettings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        width = width < 640 ? 640 : width;
        height = height < 480 ? 480 : height;
    }

    public static UiSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        try {
            return MAPPER.readValue(file.toFile(), UiSettings.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings file " + file + ": " + e.getMessage());
            return DEFAULTS;
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
