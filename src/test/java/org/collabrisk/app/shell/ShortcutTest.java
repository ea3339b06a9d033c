package org.collabrisk.app.shell;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortcutTest {

    @Test
    void everyShortcutIsUniqueAndListedInTheHelpTable() {
        Set<String> keys = new HashSet<>();
        for (Shortcut s : Shortcut.values()) {
            assertTrue(keys.add(s.keys()), "duplicate key combination " + s.keys());
            assertTrue(Shortcut.table().contains(s.display()) && Shortcut.table().contains(s.label()), s.name());
        }
    }
}
