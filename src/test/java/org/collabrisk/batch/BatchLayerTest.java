package org.collabrisk.batch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** org.collabrisk.batch sits below the store, services and UI: no JDBC, no JavaFX, no upward imports. */
class BatchLayerTest {

    @Test
    void batchPackageImportsNeitherJdbcNorJavaFxNorHigherLayers() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/collabrisk/batch"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    if (l.startsWith("import java.sql") || l.startsWith("import javafx") || l.startsWith("import org.controlsfx")
                            || l.startsWith("import org.collabrisk.store") || l.startsWith("import org.collabrisk.service")
                            || l.startsWith("import org.collabrisk.app") || l.startsWith("import org.collabrisk.cli")) {
                        offenders.add(f.getFileName() + ": " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
