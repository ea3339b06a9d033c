package org.collabrisk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {

    @Test
    void aDoubleClickedCaseFileOpensTheAppInsteadOfTheCommandLine(@TempDir Path dir) throws Exception {
        Path caseFile = Files.writeString(dir.resolve("paper-42.collabrisk.json"), "{}");
        assertTrue(Launcher.opensCaseFile(new String[]{caseFile.toString()}));
        assertTrue(Launcher.opensCaseFile(new String[]{Files.writeString(dir.resolve("x.COLLABRISK"), "{}").toString()}));
    }

    @Test
    void commandsAndOtherFilesGoToTheCommandLine(@TempDir Path dir) throws Exception {
        assertFalse(Launcher.opensCaseFile(new String[]{"--self-check"}));
        assertFalse(Launcher.opensCaseFile(new String[]{dir.resolve("missing.collabrisk.json").toString()}));
        assertFalse(Launcher.opensCaseFile(new String[]{Files.writeString(dir.resolve("case.json"), "{}").toString()}));
        assertFalse(Launcher.opensCaseFile(new String[]{"assess", "x.collabrisk.json"}));
    }
}
