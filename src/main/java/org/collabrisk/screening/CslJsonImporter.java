package org.collabrisk.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.RestrictedList;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trade.gov Consolidated Screening List JSON (peers.md d3): {@code {"results": [ ... ]}} (bulk file or an API
 * search answer). Read record by record with a streaming parser so a 32 MB file does not become one big tree.
 */
final class CslJsonImporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJsonImporter() {
    }

    static CslCsvImporter.Imported read(ListSource src) {
        List<ListEntry> entries = new ArrayList<>();
        List<List<String>> parents = new ArrayList<>();
        LocalDate latest = null;
        boolean sawResults = false;
        try (JsonParser p = MAPPER.getFactory().createParser(src.text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(src.fileName + " line 1: a CSL JSON file is an object {\"results\": [...]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"results".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InvalidInputException(src.fileName + " line " + p.currentLocation().getLineNr()
                            + ": \"results\" must be an array");
                }
                sawResults = true;
                int index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentLocation().getLineNr();
                    JsonNode n = MAPPER.readTree(p);
                    entries.add(entry(n, src, line, index));
                    parents.add(ListNames.parse(text(n, "name"), joined(n.get("alt_names")), false).parentCandidates());
                    latest = CslCsvImporter.later(latest, text(n, "start_date"));
                    index++;
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(src.fileName + " line " + e.getLocation().getLineNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + "); nothing was imported", e);
        } catch (IOException e) {
            throw new InvalidInputException(src.fileName + ": cannot read the JSON: " + e.getMessage(), e);
        }
        if (!sawResults) {
            throw new InvalidInputException(src.fileName + ": no \"results\" array: not a Consolidated Screening List JSON file");
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(src.fileName + ": \"results\" is empty; nothing was imported");
        }
        return new CslCsvImporter.Imported(CslCsvImporter.Parents.link(entries, parents), entries.size(),
                "trade.gov Consolidated Screening List JSON", latest);
    }

    private static ListEntry entry(JsonNode n, ListSource src, int line, int index) {
        String where = src.fileName + " line " + line + " (results[" + index + "])";
        String source = text(n, "source");
        RestrictedList list = RestrictedList.fromCslSource(source);
        if (source == null || list == RestrictedList.CUSTOM && !source.toUpperCase(java.util.Locale.ROOT).contains("CAP")) {
            throw new InvalidInputException(where + ": field 'source' is missing or names an unknown list; nothing was imported");
        }
        if (list == RestrictedList.CUSTOM) {
            list = RestrictedList.CAPTA;
        }
        String name = text(n, "name");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(where + ": field 'name' is empty; nothing was imported");
        }
        String type = text(n, "type");
        boolean individual = "Individual".equalsIgnoreCase(type);
        ListNames.Parsed parsed = ListNames.parse(name, joined(n.get("alt_names")), individual);
        String id = text(n, "id");
        if (id == null) {
            id = text(n, "_id");
        }
        if (id == null) {
            id = CslCsvImporter.derivedId(list, text(n, "entity_number"), name);
        }
        List<String> countryCells = new ArrayList<>();
        JsonNode addresses = n.get("addresses");
        if (addresses != null && addresses.isArray()) {
            for (JsonNode a : addresses) {
                if (a.isObject()) {
                    countryCells.add(text(a, "country"));
                } else if (a.isTextual()) {
                    String[] parts = a.asText().split(",");
                    countryCells.add(parts[parts.length - 1]);
                }
            }
        }
        addAll(countryCells, n.get("citizenships"));
        addAll(countryCells, n.get("nationalities"));
        return new ListEntry(list.code(), id, parsed.name(), parsed.aliases(), type == null || type.isBlank() ? null : type,
                Countries.parseAll(countryCells), text(n, "license_requirement"), text(n, "license_policy"),
                joinedOrNull(n.get("federal_register_notice")), joinedOrNull(n.get("programs")), null,
                CslCsvImporter.join(text(n, "remarks"), text(n, "title"), String.join("; ", parsed.notes())));
    }

    private static void addAll(List<String> out, JsonNode arr) {
        if (arr != null && arr.isArray()) {
            arr.forEach(x -> out.add(x.asText()));
        } else if (arr != null && arr.isTextual()) {
            out.addAll(List.of(arr.asText().split(";")));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isValueNode() ? v.asText() : v.toString();
        return s.isBlank() ? null : s.trim();
    }

    private static String joined(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(";", parts);
        }
        return v.asText();
    }

    private static String joinedOrNull(JsonNode v) {
        String s = joined(v);
        return s == null || s.isBlank() ? null : s.replace(";", "; ");
    }
}
