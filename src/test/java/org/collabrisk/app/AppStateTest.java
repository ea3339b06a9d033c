package org.collabrisk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppStateTest {

    @Test
    void recentFilesAreDeduplicatedNewestFirstAndCapped() {
        AppState s = new AppState();
        for (int i = 0; i < 10; i++) {
            s.rememberFile(Path.of("/tmp/f" + i + ".json"));
        }
        s.rememberFile(Path.of("/tmp/f5.json"));
        assertEquals(AppState.MAX_RECENT_FILES, s.recentFiles().size());
        assertEquals(Path.of("/tmp/f5.json"), s.recentFiles().get(0));
        assertEquals(1, s.recentFiles().stream().filter(p -> p.toString().endsWith("f5.json")).count());
    }

    @Test
    void theNoticeFollowsTheRuleSetAndMarksHypotheticalSets() {
        AppState s = new AppState();
        assertTrue(s.noticeProperty().get().contains("not legal advice"));
        s.ruleSets().setAll(Fakes.EAR, Fakes.FRONTIER);
        s.selectRuleSet("frontier-thresholds-2026");
        assertTrue(s.noticeProperty().get().contains("(HYPOTHETICAL)"));
        assertTrue(s.noticeProperty().get().contains("law as of 2026-09-01"));
    }
}
