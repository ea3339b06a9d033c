package org.collabrisk.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated table {@code native-names.csv}: official native-script names (Chinese, Russian) of institutions on
 * the lists, each with its source. The index adds them as aliases of entries with the same English name, so
 * "哈尔滨工业大学" meets "Harbin Institute of Technology" although the list only has English.
 */
public final class NativeNames {

    /** One row of the table. */
    public record Row(String nativeName, String englishName, String language, String source) {
    }

    private static final List<Row> ROWS = load();

    private NativeNames() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = NativeNames.class.getResourceAsStream("native-names.csv")) {
            if (in == null) {
                throw new IllegalStateException("native-names.csv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                // native,english,language,source — the source (last) may contain commas
                String[] p = line.split(",", 4);
                if (p.length == 4) {
                    rows.add(new Row(p[0].trim(), p[1].trim(), p[2].trim(), p[3].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
