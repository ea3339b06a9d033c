package org.collabrisk.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.ListVersion;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double for the screening engine, reading the hand-made custom-list fixture: a name (or one comma segment
 * of it) equal to an alias after folding case and punctuation is a MATCH (1.0); a multi-word segment that is the
 * start of an alias ("Northwestern Polytechnical") is a REVIEW (0.84), as the real engine scores it. It counts how often each name is searched, so tests can check the batch screens each distinct string once.
 */
public final class FixtureScreener implements NameScreener {

    record Entry(String list, String id, String name, List<String> aliases) {
    }

    final List<Entry> entries = new ArrayList<>();
    final AtomicInteger searches = new AtomicInteger();
    final Map<String, AtomicInteger> searchesByQuery = new ConcurrentHashMap<>();

    public static FixtureScreener fromResource(String resource) {
        return from(FixtureScreener.class.getResourceAsStream(resource));
    }

    /** A factory reading custom-list CSV files (only the first is used). */
    public static ScreenerFactory factory() {
        return lists -> {
            try {
                return from(java.nio.file.Files.newInputStream(lists.get(0)));
            } catch (IOException e) {
                throw new org.collabrisk.domain.InvalidInputException(lists.get(0) + ": cannot be read");
            }
        };
    }

    static FixtureScreener from(java.io.InputStream in) {
        FixtureScreener s = new FixtureScreener();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            int row = 1;
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                row++;
                List<String> aliases = new ArrayList<>();
                aliases.add(rec.get("name"));
                for (String a : rec.get("aliases").split(";")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
                s.entries.add(new Entry(rec.get("list"), "fixture-" + row, rec.get("name"), aliases));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    @Override
    public List<ScreenedMatch> search(String query, double threshold, NameKind kind) {
        searches.incrementAndGet();
        searchesByQuery.computeIfAbsent(query, q -> new AtomicInteger()).incrementAndGet();
        List<ScreenedMatch> out = new ArrayList<>();
        for (Entry e : entries) {
            double best = 0;
            String bestAlias = null;
            for (String alias : e.aliases()) {
                String a = fold(alias);
                for (String segment : query.split(",")) {
                    String q = fold(segment);
                    double score = q.equals(a) ? 1.0
                            : q.contains(" ") && a.startsWith(q + " ") ? 0.84 // a truncated name
                            : 0;
                    if (score > best) {
                        best = score;
                        bestAlias = alias;
                    }
                }
            }
            if (best >= threshold) {
                out.add(new ScreenedMatch(e.list(), e.id(), e.name(), bestAlias, best, best >= 0.92 ? "MATCH" : "REVIEW",
                        "EL".equals(e.list()) ? "For all items subject to the EAR." : null,
                        "EL".equals(e.list()) ? "Presumption of denial." : null,
                        "EL".equals(e.list()) ? "00 FR 00000 (fixture)" : null));
            }
        }
        return out;
    }

    @Override
    public List<ListVersion> listVersions() {
        return List.of(new ListVersion("custom_list.csv", "hand-made fixture", LocalDate.of(2026, 11, 1), entries.size(),
                "0000000000000000000000000000000000000000000000000000000000000000"));
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
