package org.collabrisk.exchange;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes case files (format v1, docs/case-format.md). Reading is strict: an unknown field, a wrong
 * type, a bad country code, a duplicate or dangling id is an {@link InvalidInputException} naming the source,
 * line, column and JSON path ("case.json line 12, column 25: people[1].citizenships[0]: 'XX' is not an ISO
 * 3166-1 alpha-2 country code"). Nothing is guessed.
 */
public final class CaseJson {

    /** Case files are small; anything larger is almost certainly the wrong file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final ObjectMapper READER = strictCopy();

    private CaseJson() {
    }

    private static ObjectMapper strictCopy() {
        ObjectMapper m = Json.mapper().copy();
        // A null inside a list (citizenships: [null]) is an error with its path, not a NullPointerException.
        m.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        m.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return m;
    }

    public static ResearchCase read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(file + ": " + size + " bytes is larger than a case file can be ("
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(decodeUtf8(bytes, file.toString()), file.toString());
    }

    /** Parses case JSON text; {@code sourceName} names the origin in error messages. */
    public static ResearchCase read(String json, String sourceName) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        if (json.isBlank()) {
            throw new InvalidInputException(sourceName + ": the file is empty, expected a case file (JSON object)");
        }
        ResearchCase c;
        try {
            c = READER.readValue(json, ResearchCase.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(describe(sourceName, e), e);
        }
        validate(c, json, sourceName);
        return c;
    }

    public static String write(ResearchCase c) {
        try {
            return Json.mapper().writeValueAsString(c) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case could not be written as JSON", e);
        }
    }

    /** Writes atomically: a temporary file in the same folder, then a move, so a crash leaves the old file. */
    public static void write(ResearchCase c, Path file) {
        AtomicFiles.writeString(file, write(c));
    }

    static String decodeUtf8(byte[] bytes, String sourceName) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8Offset(bytes);
            throw new InvalidInputException(sourceName + ": not valid UTF-8 at byte " + offset
                    + " (save the file as UTF-8)");
        }
    }

    /** Byte offset where the first malformed UTF-8 sequence starts. */
    private static int firstInvalidUtf8Offset(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String describe(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = source + (loc != null && loc.getLineNr() > 0
                ? " line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "");
        String path = e instanceof JsonMappingException jm ? JsonPaths.of(jm.getPath()) : "";
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field '" + u.getPropertyName() + "'";
            path = JsonPaths.parent(path);
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            what = root instanceof InvalidInputException ? root.getMessage() : JsonPaths.shortMessage(e);
        }
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + what;
    }

    /** Checks what the types cannot: format version, ids present and unique, {@code sharedWith} ids that exist. */
    private static void validate(ResearchCase c, String json, String source) {
        if (c.formatVersion() != ResearchCase.FORMAT_VERSION) {
            fail(json, source, "/formatVersion", "formatVersion",
                    c.formatVersion() == 0 ? "formatVersion is missing (expected 1)"
                            : "formatVersion " + c.formatVersion() + " is not supported (expected 1)");
        }
        Set<String> personIds = new HashSet<>();
        for (int i = 0; i < c.people().size(); i++) {
            Person p = c.people().get(i);
            if (p.id() == null || p.id().isBlank()) {
                fail(json, source, "/people/" + i, "people[" + i + "].id", "a person needs an id");
            }
            if (!personIds.add(p.id())) {
                fail(json, source, "/people/" + i + "/id", "people[" + i + "].id",
                        "id '" + p.id() + "' is used by another person");
            }
        }
        Set<String> artifactIds = new HashSet<>();
        for (int i = 0; i < c.artifacts().size(); i++) {
            Artifact a = c.artifacts().get(i);
            if (a.id() == null || a.id().isBlank()) {
                fail(json, source, "/artifacts/" + i, "artifacts[" + i + "].id", "an artifact needs an id");
            }
            if (!artifactIds.add(a.id())) {
                fail(json, source, "/artifacts/" + i + "/id", "artifacts[" + i + "].id",
                        "id '" + a.id() + "' is used by another artifact");
            }
            if (a.kind() == null) {
                fail(json, source, "/artifacts/" + i, "artifacts[" + i + "].kind",
                        "kind is missing (one of MODEL_WEIGHTS, ARCHITECTURE, SOURCE_CODE, OBJECT_CODE, DATASET, "
                                + "TRAINING_RECIPE, EVALUATION_RESULTS, MANUSCRIPT, AGENT_FRAMEWORK)");
            }
            for (int j = 0; j < a.sharedWith().size(); j++) {
                String id = a.sharedWith().get(j);
                if (!personIds.contains(id)) {
                    fail(json, source, "/artifacts/" + i + "/sharedWith/" + j,
                            "artifacts[" + i + "].sharedWith[" + j + "]", "no person has the id '" + id + "'");
                }
            }
        }
    }

    private static void fail(String json, String source, String pointer, String path, String what) {
        JsonLocation loc = locate(json, pointer);
        String where = loc == null ? source : source + " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        throw new InvalidInputException(where + ": " + path + ": " + what);
    }

    /** Finds where a JSON pointer's value starts, by streaming through the text once. */
    static JsonLocation locate(String json, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && p.getParsingContext().pathAsPointer().equals(target)) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
