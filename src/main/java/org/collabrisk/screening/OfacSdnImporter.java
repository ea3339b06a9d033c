package org.collabrisk.screening;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.RestrictedList;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's legacy SDN CSV set (peers.md d1): {@code sdn.csv} (12 columns, no header, {@code -0-} = empty) with the
 * optional siblings {@code alt.csv} (aliases), {@code add.csv} (addresses: countries) and {@code sdn_comments.csv}
 * (remarks overflow). Weak AKAs, which OFAC writes only in the remarks ("a.k.a. 'BNC'"), become aliases.
 * Individuals' "SURNAME, Given" names also get the natural order as an alias.
 */
final class OfacSdnImporter {

    private static final Pattern WEAK_AKA = Pattern.compile("(?i)\\b[af]\\.k\\.a\\.,?\\s*'([^']+)'");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private OfacSdnImporter() {
    }

    /** sdn.csv starts with a number, a comma and a quoted name. */
    static boolean looksLikeSdn(String firstLine) {
        return firstLine.matches("^\\s*\\d+\\s*,\\s*\".*") && firstLine.split(",").length >= 12;
    }

    static CslCsvImporter.Imported read(ListSource sdn, ListSource alt, ListSource add, ListSource comments) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<String>> countries = new HashMap<>();
        Map<String, String> extraRemarks = new HashMap<>();
        if (alt != null) {
            for (Row r : rows(alt, 5)) {
                aliases.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(3));
            }
        }
        if (add != null) {
            for (Row r : rows(add, 6)) {
                countries.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(4));
            }
        }
        if (comments != null) {
            for (Row r : rows(comments, 2)) {
                extraRemarks.merge(r.get(0), r.get(1), (a, b) -> a + " " + b);
            }
        }
        Map<String, ListEntry> entries = new LinkedHashMap<>();
        for (Row r : rows(sdn, 12)) {
            String id = r.get(0);
            if (!id.matches("\\d+")) {
                throw new InvalidInputException(sdn.fileName + " line " + r.line + ": column 1 (ent_num) '" + id
                        + "' is not a number; nothing was imported");
            }
            String rawName = r.get(1);
            if (rawName == null) {
                throw new InvalidInputException(sdn.fileName + " line " + r.line + ": column 2 (SDN_Name) is empty; nothing was imported");
            }
            String sdnType = r.get(2);
            String type = sdnType == null ? "Entity" : capitalise(sdnType);
            boolean individual = "Individual".equals(type);
            String remarks = CslCsvImporter.join(r.get(11), extraRemarks.get(id));
            List<String> alts = new ArrayList<>(aliases.getOrDefault(id, List.of()));
            if (remarks != null) {
                Matcher m = WEAK_AKA.matcher(remarks);
                while (m.find()) {
                    alts.add(m.group(1).trim());
                }
            }
            ListNames.Parsed parsed = ListNames.parse(rawName, String.join(";", alts), individual);
            String programs = r.get(3) == null ? null : r.get(3).replace("] [", "; ").replace("[", "").replace("]", "");
            String title = r.get(4);
            if (entries.containsKey(id)) {
                throw new InvalidInputException(sdn.fileName + " line " + r.line + ": ent_num " + id
                        + " appears twice; nothing was imported");
            }
            entries.put(id, new ListEntry(RestrictedList.SDN.code(), id, parsed.name(), parsed.aliases(), type,
                    Countries.parseAll(countries.getOrDefault(id, List.of())), null, null, null, programs, null,
                    CslCsvImporter.join(title == null ? null : "Title: " + title, remarks)));
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(sdn.fileName + ": the file has no rows; nothing was imported");
        }
        List<String> siblings = new ArrayList<>();
        if (alt != null) {
            siblings.add(alt.fileName);
        }
        if (add != null) {
            siblings.add(add.fileName);
        }
        if (comments != null) {
            siblings.add(comments.fileName);
        }
        return new CslCsvImporter.Imported(new ArrayList<>(entries.values()), entries.size(),
                "OFAC legacy SDN CSV" + (siblings.isEmpty() ? " (no sibling files found)" : " with " + String.join(", ", siblings)),
                null);
    }

    private static String capitalise(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** One data row; {@link #get} returns null for OFAC's "-0-" and empty cells. */
    record Row(int line, List<String> cells) {
        String get(int i) {
            String v = cells.get(i).trim();
            return v.isEmpty() || v.equals("-0-") ? null : v;
        }
    }

    static List<Row> rows(ListSource src, int columns) {
        List<Row> out = new ArrayList<>();
        CslCsvImporter.LineCounter lines = new CslCsvImporter.LineCounter(src.text);
        try (CSVParser parser = CSVParser.parse(new StringReader(src.text), FORMAT)) {
            for (CSVRecord r : CslCsvImporter.iterate(parser, src)) {
                int line = lines.lineOf(r.getCharacterPosition());
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != columns) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": expected " + columns
                            + " columns of OFAC's legacy CSV, found " + r.size() + "; nothing was imported");
                }
                out.add(new Row(line, r.toList()));
            }
        } catch (IOException e) {
            throw new InvalidInputException(src.fileName + ": cannot read the CSV: " + e.getMessage(), e);
        }
        return out;
    }
}
