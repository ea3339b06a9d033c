package org.collabrisk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Layers point one way (docs/house-style): nothing below the UI imports JavaFX, and the domain model imports
 * neither JDBC nor any other CollabRisk layer.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/collabrisk");

    @Test
    void onlyTheDesktopAppImportsJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                boolean ui = rel.startsWith("app/") || rel.startsWith("cli/screenshots/");
                if (!ui && (Files.readString(f).contains("import javafx.") || Files.readString(f).contains("import org.controlsfx."))) {
                    offenders.add(rel);
                }
            }
        }
        assertEquals(List.of(), offenders, "JavaFX imported below the UI layer");
    }

    @Test
    void domainModelDependsOnNothingElseOfOurs() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("domain"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import org.collabrisk.") && !line.startsWith("import org.collabrisk.domain.")
                            || line.startsWith("import java.sql") || line.startsWith("import javafx")) {
                        offenders.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
