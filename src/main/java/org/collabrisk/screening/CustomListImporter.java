package org.collabrisk.screening;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.RestrictedList;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An office's own list (product design, "Command line"): header {@code name,aliases,country,list,notes}, aliases
 * separated by {@code ;}, country as an ISO code or an English name (may be empty). A {@code list} value that is a
 * known code (EL, SDN, ...) keeps that code; anything else is {@code CUSTOM} with the value kept in {@code programs}.
 */
final class CustomListImporter {

    static final List<String> COLUMNS = List.of("name", "aliases", "country", "list", "notes");

    private CustomListImporter() {
    }

    static boolean looksLikeCustom(String firstLine) {
        return firstLine.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace(" ", "").startsWith("name,aliases,country,list");
    }

    static CslCsvImporter.Imported read(ListSource src) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<ListEntry> entries = new ArrayList<>();
        List<List<String>> parents = new ArrayList<>();
        CslCsvImporter.LineCounter lines = new CslCsvImporter.LineCounter(src.text);
        try (CSVParser parser = CSVParser.parse(new StringReader(src.text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                throw new InvalidInputException(src.fileName + " line 1: a custom list needs the header 'name,aliases,country,list,notes', found '"
                        + String.join(",", header) + "'");
            }
            for (CSVRecord r : CslCsvImporter.iterate(parser, src)) {
                int line = lines.lineOf(r.getCharacterPosition());
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != COLUMNS.size()) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": expected 5 columns (name,aliases,country,list,notes), found "
                            + r.size() + "; nothing was imported");
                }
                String name = r.get(0);
                if (name.isBlank()) {
                    throw new InvalidInputException(src.fileName + " line " + line + ": column 'name' is empty; nothing was imported");
                }
                List<Country> countries = new ArrayList<>();
                for (String c : r.get(2).split(";")) {
                    if (c.isBlank()) {
                        continue;
                    }
                    Optional<Country> parsed = Country.parse(c.trim());
                    if (parsed.isEmpty()) {
                        throw new InvalidInputException(src.fileName + " line " + line + ": column 'country': '" + c.trim()
                                + "' is neither an ISO 3166-1 alpha-2 code nor a country name; nothing was imported");
                    }
                    countries.add(parsed.get());
                }
                String listValue = r.get(3).trim();
                RestrictedList list = RestrictedList.fromCode(listValue);
                ListNames.Parsed parsed = ListNames.parse(name, r.get(1), false);
                String id = CslCsvImporter.derivedId(list, null, name);
                entries.add(new ListEntry(list.code(), id, parsed.name(), parsed.aliases(), null, countries, null, null, null,
                        listValue.isEmpty() ? null : listValue, null, CslCsvImporter.blankToNull(r.get(4))));
                parents.add(parsed.parentCandidates());
            }
        } catch (IOException e) {
            throw new InvalidInputException(src.fileName + ": cannot read the CSV: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(src.fileName + ": the custom list has a header but no rows; nothing was imported");
        }
        return new CslCsvImporter.Imported(CslCsvImporter.Parents.link(entries, parents), entries.size(),
                "custom list CSV (name,aliases,country,list,notes)", null);
    }
}
