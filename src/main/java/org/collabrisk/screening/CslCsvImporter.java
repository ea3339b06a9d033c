package org.collabrisk.screening;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.RestrictedList;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trade.gov Consolidated Screening List bulk CSV (peers.md d2): header row, 29 columns starting {@code _id}, or
 * the older 28-column layout without {@code _id} (ids are then derived from source and name, see
 * {@link #derivedId}). Any row that cannot be read stops the import with its line number: nothing is imported.
 */
final class CslCsvImporter {

    static final List<String> COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities",
            "places_of_birth", "source_information_url", "ids");
    static final List<String> OLD_COLUMNS = COLUMNS.subList(1, COLUMNS.size());

    private CslCsvImporter() {
    }

    static boolean looksLikeCsl(String firstLine) {
        String h = firstLine.trim().toLowerCase(java.util.Locale.ROOT).replace("\"", "");
        return h.startsWith("_id,source,") || h.startsWith("source,entity_number,");
    }

    static Imported read(ListSource src) {
        String firstLine = src.text.lines().findFirst().orElse("");
        List<String> header = splitHeader(firstLine);
        boolean old;
        if (header.equals(COLUMNS)) {
            old = false;
        } else if (header.equals(OLD_COLUMNS)) {
            old = true;
        } else {
            throw new InvalidInputException(src.fileName + " line 1: not a Consolidated Screening List CSV header: expected "
                    + COLUMNS.size() + " columns '_id,source,entity_number,type,...,ids' (or the 28-column layout without "
                    + "'_id'), found " + header.size() + " columns starting '" + abbreviate(firstLine, 60) + "'"
                    + firstDifference(header, header.size() == OLD_COLUMNS.size() ? OLD_COLUMNS : COLUMNS));
        }
        List<ListEntry> entries = new ArrayList<>();
        List<List<String>> parentCandidates = new ArrayList<>();
        LocalDate latestStart = null;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        LineCounter lines = new LineCounter(src.text);
        try (CSVParser parser = CSVParser.parse(new StringReader(src.text), format)) {
            for (CSVRecord r : iterate(parser, src)) {
                int line = lines.lineOf(r.getCharacterPosition());
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": expected " + header.size()
                            + " columns, found " + r.size() + "; nothing was imported");
                }
                String source = r.get("source").trim();
                RestrictedList list = RestrictedList.fromCslSource(source);
                if (list == RestrictedList.CUSTOM && !source.toUpperCase(java.util.Locale.ROOT).contains("CAP")) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": column 'source' has an unknown list '"
                            + abbreviate(source, 80) + "'; nothing was imported");
                }
                if (list == RestrictedList.CUSTOM) {
                    list = RestrictedList.CAPTA; // "Capta List (CAP) - Treasury Department" in older files
                }
                String rawName = r.get("name");
                if (rawName.isBlank()) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": column 'name' is empty; nothing was imported");
                }
                String type = r.get("type").trim();
                boolean individual = type.equalsIgnoreCase("Individual");
                ListNames.Parsed parsed = ListNames.parse(rawName, r.get("alt_names"), individual);
                String id = old ? derivedId(list, r.get("entity_number"), rawName) : r.get("_id").trim();
                if (id.isEmpty()) {
                    id = derivedId(list, r.get("entity_number"), rawName);
                }
                List<String> countryCells = new ArrayList<>();
                for (String address : r.get("addresses").split(";")) {
                    String[] parts = address.split(",");
                    countryCells.add(parts[parts.length - 1]);
                }
                countryCells.addAll(List.of(r.get("citizenships").split(";")));
                countryCells.addAll(List.of(r.get("nationalities").split(";")));
                String remarks = join(r.get("remarks"), r.get("title"), String.join("; ", parsed.notes()));
                entries.add(new ListEntry(list.code(), id, parsed.name(), parsed.aliases(), type.isEmpty() ? null : type,
                        Countries.parseAll(countryCells), blankToNull(r.get("license_requirement")),
                        blankToNull(r.get("license_policy")), blankToNull(r.get("federal_register_notice")),
                        blankToNull(r.get("programs")), null, remarks));
                parentCandidates.add(parsed.parentCandidates());
                latestStart = later(latestStart, r.get("start_date"));
            }
        } catch (IOException e) {
            throw new InvalidInputException(src.fileName + ": cannot read the CSV: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(src.fileName + ": the file has a header but no rows; nothing was imported");
        }
        return new Imported(Parents.link(entries, parentCandidates), rowCount(entries),
                "trade.gov Consolidated Screening List CSV (" + (old ? "older 28-column layout without _id; ids derived from source and name"
                        : "29-column layout") + ")", latestStart);
    }

    /** Stable id for rows without {@code _id}: the OFAC entity number, else a hash of list code and name. */
    static String derivedId(RestrictedList list, String entityNumber, String name) {
        if (entityNumber != null && !entityNumber.isBlank()) {
            return entityNumber.trim();
        }
        return list.code() + "-" + ListSource.sha256((list.code() + "|" + name.trim()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Iterates records, turning commons-csv's parse errors into one sentence with the line number. */
    static Iterable<CSVRecord> iterate(CSVParser parser, ListSource src) {
        java.util.Iterator<CSVRecord> it = parser.iterator();
        return () -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw broken(parser, src, e);
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    return it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw broken(parser, src, e);
                }
            }
        };
    }

    private static InvalidInputException broken(CSVParser parser, ListSource src, RuntimeException e) {
        return new InvalidInputException(src.fileName + " line " + parser.getCurrentLineNumber()
                + ": the CSV quoting is broken (a quote is not closed or text follows a closing quote); nothing was imported", e);
    }

    /** Line numbers for increasing character positions, counted incrementally (records come in order). */
    static final class LineCounter {
        private final String text;
        private int pos;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(long charPosition) {
            int end = (int) Math.min(charPosition, text.length());
            if (end < pos) {
                pos = 0;
                line = 1;
            }
            for (; pos < end; pos++) {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static List<String> splitHeader(String line) {
        List<String> out = new ArrayList<>();
        for (String h : line.split(",", -1)) {
            out.add(h.trim().replace("\"", "").toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static String firstDifference(List<String> found, List<String> expected) {
        for (int i = 0; i < Math.min(found.size(), expected.size()); i++) {
            if (!found.get(i).equals(expected.get(i))) {
                return " (column " + (i + 1) + " is '" + found.get(i) + "', expected '" + expected.get(i) + "')";
            }
        }
        return "";
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(p.trim());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    static LocalDate later(LocalDate current, String iso) {
        if (iso == null || iso.length() < 10) {
            return current;
        }
        try {
            LocalDate d = LocalDate.parse(iso.trim().substring(0, 10));
            return current == null || d.isAfter(current) ? d : current;
        } catch (java.time.format.DateTimeParseException e) {
            return current;
        }
    }

    /** Entries of one file, a description of the format, and the latest date seen in the content (or null). */
    record Imported(List<ListEntry> entries, int rows, String format, LocalDate latestContentDate) {
        Imported {
            entries = uniqueIds(entries);
        }
    }

    static int rowCount(List<ListEntry> entries) {
        return entries.size();
    }

    /**
     * The lists repeat some rows (the 2022 CSL has CAPTA 15268 twice; the 2019 layout has no ids, so two DPL orders
     * against the same name share a derived id). Identical repeats are dropped; different rows sharing an id get
     * "#2", "#3" in file order so every entry can be told apart.
     */
    static List<ListEntry> uniqueIds(List<ListEntry> entries) {
        Map<String, ListEntry> seen = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<ListEntry> out = new ArrayList<>(entries.size());
        for (ListEntry e : entries) {
            String key = e.list() + "|" + e.id();
            ListEntry first = seen.putIfAbsent(key, e);
            if (first == null) {
                out.add(e);
            } else if (!first.equals(e)) {
                int n = counts.merge(key, 1, Integer::sum) + 1;
                out.add(new ListEntry(e.list(), e.id() + "#" + n, e.name(), e.aliases(), e.type(), e.countries(),
                        e.licenseRequirement(), e.licensePolicy(), e.federalRegister(), e.programs(), e.parentId(), e.remarks()));
            }
        }
        return out;
    }

    /** Links subordinate institutes to their parent entry ({@code parentId}) within the same list. */
    static final class Parents {
        private Parents() {
        }

        static List<ListEntry> link(List<ListEntry> entries, List<List<String>> candidates) {
            Map<String, String> idByName = new HashMap<>();
            for (ListEntry e : entries) {
                idByName.putIfAbsent(e.list() + "|" + NameNormalizer.shared().key(e.name()), e.id());
            }
            List<ListEntry> out = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                ListEntry e = entries.get(i);
                String parent = null;
                for (String c : candidates.get(i)) {
                    String id = idByName.get(e.list() + "|" + NameNormalizer.shared().key(c));
                    if (id != null && !id.equals(e.id())) {
                        parent = id;
                        break;
                    }
                }
                out.add(parent == null ? e : new ListEntry(e.list(), e.id(), e.name(), e.aliases(), e.type(), e.countries(),
                        e.licenseRequirement(), e.licensePolicy(), e.federalRegister(), e.programs(), parent, e.remarks()));
            }
            return out;
        }
    }
}
