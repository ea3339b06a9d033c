package org.collabrisk.app.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UiSettingsTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAndIgnoresABrokenFile() throws Exception {
        Path f = dir.resolve("sub/ui-settings.json");
        UiSettings s = new UiSettings(1000, 700, 10.0, 20.0, false, "case-1", "/tmp/a.json", List.of("/tmp/a.json"),
                "DARK", "ai-diffusion-2025");
        s.save(f);
        assertEquals(s, UiSettings.load(f));
        Files.writeString(f, "{ not json");
        assertEquals(UiSettings.DEFAULTS, UiSettings.load(f));
        assertEquals(UiSettings.DEFAULTS, UiSettings.load(dir.resolve("missing.json")));
    }

    @Test
    void aTinyRememberedWindowIsEnlarged() {
        UiSettings s = new UiSettings(10, 10, null, null, false, null, null, null, null, null);
        assertEquals(640, s.width());
        assertEquals(480, s.height());
    }
}
