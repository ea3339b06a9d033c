package org.collabrisk.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.exchange.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Case JSON as the store keeps it (the case file format v1, one canonical serialisation so revisions can be
 * compared by SHA-256). Reads one case or an array of cases from a file, naming the file, case and field of any
 * error.
 */
final class CaseCodec {

    /** Case ids become database keys and file names: letters, digits, '.', '_' and '-', at most 64. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private CaseCodec() {
    }

    /** Compact JSON (no indentation): stored twice per revision, so size matters; exports are pretty-printed. */
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = Json.mapper().writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    static String write(ResearchCase c) {
        try {
            return COMPACT.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + c.id() + " could not be written as JSON", e);
        }
    }

    /** Reads a case stored by {@link #write}. */
    static ResearchCase readStored(String json, String caseId) {
        try {
            return CaseJson.read(json, "stored case " + caseId);
        } catch (InvalidInputException e) {
            throw new org.collabrisk.store.StoreException(e.getMessage(), e);
        }
    }

    /**
     * Reads a case file: one case object or a JSON array of case objects. Every case is checked; the first bad one
     * is named ("a.json, case 3 (id 'x'), line 14, column 5: ...").
     */
    static List<ResearchCase> readFile(String json, String sourceName) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        String trimmed = text.stripLeading();
        if (!trimmed.startsWith("[")) {
            ResearchCase c = CaseJson.read(text, sourceName);
            validate(c, sourceName);
            return List.of(c);
        }
        List<ResearchCase> cases = new ArrayList<>();
        try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
            p.nextToken(); // START_ARRAY
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new InvalidInputException(sourceName + ": the array of cases is not closed");
                }
                index++;
                JsonLocation start = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw new InvalidInputException(sourceName + ", case " + index + " line " + start.getLineNr()
                            + ": expected a case object");
                }
                String idLabel = "";
                p.skipChildren();
                int from = (int) start.getCharOffset();
                int to = (int) p.currentLocation().getCharOffset();
                String element = text.substring(from, to);
                // Pad with the lines and columns before the element so CaseJson's line numbers are the file's.
                String padded = "\n".repeat(start.getLineNr() - 1) + " ".repeat(start.getColumnNr() - 1) + element;
                try {
                    JsonNode node = Json.mapper().readTree(element);
                    JsonNode id = node.get("id");
                    idLabel = id != null && id.isTextual() ? " (id '" + id.asText() + "')" : "";
                } catch (JsonProcessingException e) {
                    // CaseJson.read below reports it with its position
                }
                String label = sourceName + ", case " + index + idLabel;
                ResearchCase c = CaseJson.read(padded, label);
                validate(c, label);
                cases.add(c);
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidInputException(sourceName + (loc == null ? "" : " line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(sourceName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (cases.isEmpty()) {
            throw new InvalidInputException(sourceName + ": the array holds no case");
        }
        return cases;
    }

    /** The checks the store needs beyond the JSON shape. */
    static void validate(ResearchCase c, String label) {
        if (c.formatVersion() != ResearchCase.FORMAT_VERSION) {
            throw new InvalidInputException(label + ": formatVersion " + c.formatVersion() + " is not supported (expected "
                    + ResearchCase.FORMAT_VERSION + ")");
        }
        if (c.id() != null && !ID.matcher(c.id()).matches()) {
            throw new InvalidInputException(label + ": id '" + c.id() + "' may only hold letters, digits, '.', '_' "
                    + "and '-' (at most 64)");
        }
        if (c.title() == null || c.title().isBlank()) {
            throw new InvalidInputException(label + ": title is empty");
        }
        java.util.Set<String> personIds = new java.util.HashSet<>();
        for (int i = 0; i < c.people().size(); i++) {
            var p = c.people().get(i);
            if (p == null || p.id() == null || p.id().isBlank()) {
                throw new InvalidInputException(label + ": people[" + i + "].id is empty");
            }
            if (!personIds.add(p.id())) {
                throw new InvalidInputException(label + ": people[" + i + "].id '" + p.id() + "' is used twice");
            }
        }
        java.util.Set<String> artifactIds = new java.util.HashSet<>();
        for (int i = 0; i < c.artifacts().size(); i++) {
            var a = c.artifacts().get(i);
            if (a == null || a.id() == null || a.id().isBlank()) {
                throw new InvalidInputException(label + ": artifacts[" + i + "].id is empty");
            }
            if (!artifactIds.add(a.id())) {
                throw new InvalidInputException(label + ": artifacts[" + i + "].id '" + a.id() + "' is used twice");
            }
            for (String shared : a.sharedWith()) {
                if (!personIds.contains(shared)) {
                    throw new InvalidInputException(label + ": artifacts[" + i + "].sharedWith names '" + shared
                            + "', who is not among people[]");
                }
            }
        }
    }
}
