package org.collabrisk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
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

    static String write(ResearchCase c) {
        try {
            return Json.mapper().writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + c.id() + " could not be written as JSON", e);
        }
    }

    /** Reads a case stored by {@link #write}. */
    static ResearchCase readStored(String json, String caseId) {
        try {
            return Json.mapper().readValue(json, ResearchCase.class);
        } catch (JsonProcessingException e) {
            throw new org.collabrisk.store.StoreException("stored case " + caseId + " could not be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a case file: one case object or a JSON array of case objects. Every case is checked; the first bad one
     * is named ("a.json, case 3 (id 'x'), line 14, column 5: ...").
     */
    static List<ResearchCase> readFile(String json, String sourceName) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(sourceName + where(e) + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(sourceName + ": the file is empty");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
            if (nodes.isEmpty()) {
                throw new InvalidInputException(sourceName + ": the array holds no case");
            }
        } else if (root.isObject()) {
            nodes.add(root);
        } else {
            throw new InvalidInputException(sourceName + ": expected a case object or an array of cases");
        }
        List<ResearchCase> cases = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String label = sourceName + (root.isArray() ? ", case " + (i + 1) + idLabel(node) : "");
            ResearchCase c;
            try {
                c = Json.mapper().treeToValue(node, ResearchCase.class);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(label + pathOf(e) + ": " + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(label + ": " + e.getMessage(), e);
            }
            validate(c, label);
            cases.add(c);
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

    private static String idLabel(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() ? " (id '" + id.asText() + "')" : "";
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return ": " + sb;
        }
        return "";
    }
}
