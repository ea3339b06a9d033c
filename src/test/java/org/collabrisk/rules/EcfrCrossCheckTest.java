package org.collabrisk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collabrisk.domain.Country;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cross-checks the hand-written country groups and Country Chart marks of ear-2026 against the eCFR 2026-07-23
 * parses in ../shared/data/ecfr (skipped when that folder is absent, as in a user's clone).
 */
class EcfrCrossCheckTest {

    private static final RuleSet EAR = RuleSetCatalog.byId("ear-2026").orElseThrow();
    private static Path ecfr;

    @BeforeAll
    static void locate() {
        String base = System.getProperty("collabrisk.shared.data");
        ecfr = base == null ? null : Path.of(base, "ecfr");
    }

    private static JsonNode read(String name) throws Exception {
        assumeTrue(ecfr != null && Files.isRegularFile(ecfr.resolve(name)), "shared eCFR data not present");
        return new ObjectMapper().readTree(ecfr.resolve(name).toFile());
    }

    /** The parse's row names to ISO codes, via its alias table and Country.parse. */
    private static Optional<Country> code(String name, JsonNode aliases) {
        Optional<Country> c = Country.parse(name);
        if (c.isPresent()) {
            return c;
        }
        Iterator<Map.Entry<String, JsonNode>> it = aliases.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().asText().equals(name)) {
                c = Country.parse(e.getKey());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        String stripped = name.replaceAll("\\s*\\(.*\\)", "").replace(", The", "").replace("St. ", "Saint ")
                .replace("&", "and").replace(", Republic of", "");
        c = Country.parse(stripped);
        // The JDK's English names write "&" ("Trinidad & Tobago", "St. Kitts & Nevis").
        c = c.isPresent() ? c : Country.parse(name.replace(" and the ", " & ").replace(" and ", " & "));
        return c;
    }

    @Test
    void countryGroupsAgreeWithTheEcfrParse() throws Exception {
        JsonNode groups = read("country-groups.json");
        JsonNode aliases = groups.get("aliases");
        List<String> checked = new ArrayList<>();
        for (String g : List.of("A:1", "A:5", "A:6", "D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2")) {
            JsonNode members = groups.get("groups").get(g);
            assumeTrue(members != null, "group " + g + " absent from the parse");
            TreeSet<String> expected = new TreeSet<>();
            for (JsonNode n : members) {
                expected.add(code(n.asText(), aliases).orElseThrow(() -> new AssertionError("unmapped " + n)).code());
            }
            TreeSet<String> ours = new TreeSet<>();
            EAR.group(g).orElseThrow().members().members().forEach(c -> ours.add(c.code()));
            assertEquals(expected, ours, "Country Group " + g);
            checked.add(g);
        }
        assertEquals(10, checked.size());
    }

    /** Country Group B is written as "every destination except D:1, E:1, E:2 and Liechtenstein": check each row. */
    @Test
    void countryGroupBAgreesWithTheEcfrParseForEveryChartRow() throws Exception {
        JsonNode groups = read("country-groups.json");
        JsonNode chart = read("country-chart.json");
        TreeSet<String> parsedB = new TreeSet<>();
        for (JsonNode n : groups.get("groups").get("B")) {
            String name = n.asText().replace("lvoire", "Ivoire").replace("Saint ", "St. ")
                    .replace(" & ", " and ");
            Optional<Country> c = name.startsWith("Congo (Democratic") ? Optional.of(Country.of("CD"))
                    : name.startsWith("Congo (Republic") ? Optional.of(Country.of("CG"))
                    : name.startsWith("Sint Maarten") ? Optional.of(Country.of("SX"))
                    : code(name, groups.get("aliases")).or(() -> code(name, chart.get("aliases")));
            c.ifPresent(x -> parsedB.add(x.code()));
        }
        assertTrue(parsedB.size() >= 172, "mapped " + parsedB.size() + ": " + parsedB);
        List<String> rows = new ArrayList<>();
        chart.get("countries").fieldNames().forEachRemaining(rows::add);
        chart.get("embargoed").fieldNames().forEachRemaining(rows::add);
        int compared = 0;
        for (String row : rows) {
            Optional<Country> c = code(row, chart.get("aliases"));
            if (c.isEmpty()) {
                continue;
            }
            assertEquals(parsedB.contains(c.get().code()), EAR.inGroup("B", c.get()), "Country Group B: " + row);
            compared++;
        }
        assertTrue(compared > 190, "compared " + compared);
    }

    @Test
    void countryChartMarksAgreeWithTheEcfrParse() throws Exception {
        JsonNode chart = read("country-chart.json");
        JsonNode aliases = chart.get("aliases");
        List<String> unmapped = new ArrayList<>();
        int compared = 0;
        Iterator<Map.Entry<String, JsonNode>> rows = chart.get("countries").properties().iterator();
        while (rows.hasNext()) {
            Map.Entry<String, JsonNode> row = rows.next();
            Optional<Country> c = code(row.getKey(), aliases);
            if (c.isEmpty()) {
                unmapped.add(row.getKey());
                continue;
            }
            TreeSet<String> marks = new TreeSet<>();
            row.getValue().get("marks").forEach(m -> marks.add(m.asText().replace(" ", "")));
            for (String column : EAR.chartColumns().keySet()) {
                assertEquals(marks.contains(column), EAR.chartMarked(column, c.get()),
                        column + " for " + row.getKey() + " (" + c.get() + ")");
                compared++;
            }
        }
        // Kosovo has no ISO 3166-1 code (XK is user-assigned), so a case file cannot name it.
        assertEquals(List.of("Kosovo"), unmapped, "chart rows without an ISO code");
        assertTrue(compared > 190 * 11, "compared " + compared);
        Iterator<String> embargoed = chart.get("embargoed").fieldNames();
        TreeSet<String> expected = new TreeSet<>();
        embargoed.forEachRemaining(n -> expected.add(code(n, aliases).orElseThrow().code()));
        TreeSet<String> ours = new TreeSet<>();
        EAR.embargoedRows().members().members().forEach(c -> ours.add(c.code()));
        assertEquals(expected, ours, "embargoed rows");
    }
}
