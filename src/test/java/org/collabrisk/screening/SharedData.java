package org.collabrisk.screening;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real files under ../shared/data (docs: data README); tests skip when they are absent. */
final class SharedData {
    private SharedData() {
    }

    static Path file(String relative) {
        String base = System.getProperty("collabrisk.shared.data", "../shared/data");
        Path p = Path.of(base).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data not present: " + p);
        return p;
    }
}
