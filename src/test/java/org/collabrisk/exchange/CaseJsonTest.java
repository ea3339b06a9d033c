package org.collabrisk.exchange;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseJsonTest {

    static final String VALID = """
            {
              "formatVersion": 1,
              "id": "case-1",
              "title": "Sparse attention at scale",
              "paper": {"title": "Sparse attention at scale", "venue": "NeurIPS", "stage": "SUBMITTED",
                        "fundamentalResearch": true, "publicationRestrictions": "NONE"},
              "people": [
                {"id": "p1", "name": "Ada Lovelace", "affiliation": "MIT", "affiliationCountry": "US",
                 "citizenships": ["US"], "permanentResidence": null, "mostRecentStatusCountry": "US",
                 "usStatus": "CITIZEN", "location": "US"},
                {"id": "p2", "name": "Li Wei", "affiliation": "MIT", "affiliationCountry": "US",
                 "citizenships": ["CN"], "permanentResidence": null, "mostRecentStatusCountry": "CN",
                 "usStatus": "FOREIGN_PERSON", "location": "US"}
              ],
              "artifacts": [
                {"id": "a1", "kind": "MODEL_WEIGHTS", "name": "weights v3", "published": false,
                 "intendedForPublication": true, "eccn": null, "trainingOperations": 1.2E26, "parameters": 4.0E11,
                 "mixtureOfExperts": false,
                 "derivedFrom": {"published": true, "baseTrainingOperations": 1.0E25, "additionalTrainingOperations": 2.0E24},
                 "benchmarks": {"MMLU": 87.1, "GPQA_DIAMOND": 52.0},
                 "encryption": "NONE", "channel": "CLOUD_STORAGE", "sharedWith": ["p2"]}
              ]
            }
            """;

    @Test
    void readsEveryFieldOfTheContract() {
        ResearchCase c = CaseJson.read(VALID, "valid.json");
        assertEquals("case-1", c.id());
        assertEquals(Stage.SUBMITTED, c.paper().stage());
        assertEquals(PublicationRestrictions.NONE, c.paper().publicationRestrictions());
        Person li = c.person("p2").orElseThrow();
        assertEquals(List.of(Country.of("CN")), li.citizenships());
        assertEquals(UsStatus.FOREIGN_PERSON, li.usStatus());
        Artifact a = c.artifacts().get(0);
        assertEquals(1.2e26, a.trainingOperations());
        assertEquals(new DerivedFrom(true, 1.0e25, 2.0e24), a.derivedFrom());
        assertEquals(Map.of("MMLU", 87.1, "GPQA_DIAMOND", 52.0), a.benchmarks());
        assertEquals(Channel.CLOUD_STORAGE, a.channel());
        assertEquals(List.of(li), c.recipientsOf(a));
    }

    @Test
    void roundTripsThroughTextUnchanged() {
        ResearchCase c = CaseJson.read(VALID, "valid.json");
        String written = CaseJson.write(c);
        assertEquals(c, CaseJson.read(written, "written.json"));
        assertEquals(written, CaseJson.write(CaseJson.read(written, "again.json")));
    }

    @Test
    void roundTripsACaseWithUnknownsAsNulls() {
        ResearchCase c = new ResearchCase(1, null, "t", new Paper("t", null, null, null, null),
                List.of(new Person("p", "X", null, null, List.of(), null, null, UsStatus.UNKNOWN, null)),
                List.of(new Artifact("a", ArtifactKind.SOURCE_CODE, "code", null, null, null, null, null, null, null,
                        Map.of(), Encryption.STANDARD, null, List.of())));
        assertEquals(c, CaseJson.read(CaseJson.write(c), "x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field|\"usStatus\": \"CITIZEN\"|\"usStatus\": \"CITIZEN\", \"nickname\": \"Ada\"|line 10|people[0]: unknown field 'nickname'",
            "bad country code|\"citizenships\": [\"CN\"]|\"citizenships\": [\"XX\"]|line 12|people[1].citizenships[0]: 'XX' is not an ISO 3166-1 alpha-2 country code",
            "country name instead of code|\"citizenships\": [\"CN\"]|\"citizenships\": [\"China\"]|line 12|did you mean CN",
            "wrong type|\"trainingOperations\": 1.2E26|\"trainingOperations\": \"lots\"|line 17|artifacts[0].trainingOperations: expected a number",
            "bad enum|\"stage\": \"SUBMITTED\"|\"stage\": \"SUBMITED\"|line 5|paper.stage: 'SUBMITED' is not one of DRAFT, SUBMITTED, ACCEPTED, PUBLISHED",
            "dangling sharedWith|\"sharedWith\": [\"p2\"]|\"sharedWith\": [\"p9\"]|line 21|artifacts[0].sharedWith[0]: no person has the id 'p9'",
            "duplicate person id|\"id\": \"p2\"|\"id\": \"p1\"|line 11|people[1].id: id 'p1' is used by another person",
            "null in a list|\"citizenships\": [\"CN\"]|\"citizenships\": [null]|line 12|people[1].citizenships[0]: null is not allowed here",
            "wrong format version|\"formatVersion\": 1|\"formatVersion\": 2|line 2|formatVersion 2 is not supported",
            "missing kind|\"kind\": \"MODEL_WEIGHTS\"|\"kind\": null|line 16|artifacts[0].kind: kind is missing",
    })
    void badInputNamesFileLineAndPath(String what, String from, String to, String line, String expected) {
        String json = VALID.replace(from, to);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseJson.read(json, "cases/x.json"));
        assertTrue(e.getMessage().startsWith("cases/x.json"), e.getMessage());
        assertTrue(e.getMessage().contains(line + ","), "expected " + line + " in: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CaseJson.read("{\n \"formatVersion\": 1,\n \"title\": \"x\"\n \"paper\": {}\n}", "m.json"));
        assertTrue(e.getMessage().startsWith("m.json line 4"), e.getMessage());
    }

    @Test
    void trailingGarbageIsRejected() {
        assertThrows(InvalidInputException.class, () -> CaseJson.read(VALID + "{}", "t.json"));
    }

    @Test
    void emptyFileIsRejectedClearly() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseJson.read("  \n", "e.json"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void byteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.json");
        Files.write(f, ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8));
        assertEquals("case-1", CaseJson.read(f).id());
    }

    @Test
    void latin1FileIsRejectedWithTheByteOffset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.json");
        Files.write(f, VALID.replace("Ada Lovelace", "Zoë Lovelace").getBytes(StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseJson.read(f));
        int expected = VALID.indexOf("Ada Lovelace") + 2;
        assertTrue(e.getMessage().contains("byte " + expected), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseJson.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().endsWith("nope.json: no such file"), e.getMessage());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.json");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[]{' '}), CaseJson.MAX_BYTES + 10);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseJson.read(f));
        assertTrue(e.getMessage().contains("larger than a case file can be"), e.getMessage());
    }

    @Test
    void writingIsAtomicAndOwnerOnly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub/case.json");
        ResearchCase c = CaseJson.read(VALID, "v");
        CaseJson.write(c, f);
        assertEquals(c, CaseJson.read(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (var files = Files.list(f.getParent())) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }
}
