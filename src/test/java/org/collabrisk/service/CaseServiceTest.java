package org.collabrisk.service;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.Json;
import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.AuditVerification;
import org.collabrisk.store.CaseRevision;
import org.collabrisk.store.CaseSummary;
import org.collabrisk.store.Database;
import org.collabrisk.store.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseServiceTest {

    @TempDir
    Path dir;
    Database db;
    CaseService service;
    AuditService audit;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("collabrisk"));
        service = new CaseService(db, "tester");
        audit = new AuditService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savedCaseRoundTripsThroughTheDatabaseUnchanged() {
        ResearchCase c = SampleCases.generate("rt", 1, 42);
        SaveResult r = service.save(c);
        assertEquals(SaveResult.Change.CREATED, r.change());
        StoredCase loaded = service.get("rt-1");
        assertEquals(c, loaded.content());
        assertEquals(CaseStatus.DRAFT, loaded.summary().status());
        assertEquals(1, loaded.summary().revision());
        assertEquals(c.people().size(), loaded.summary().peopleCount());
        assertEquals(c.artifacts().size(), loaded.summary().artifactCount());
        assertEquals(c.title(), loaded.summary().title());
        assertNull(loaded.summary().overallOutcome());
    }

    @Test
    void caseWithoutIdGetsOne() {
        ResearchCase c = SampleCases.generate("x", 2, 1).withId(null);
        SaveResult r = service.save(c);
        assertTrue(r.stored().id().startsWith("case-"), r.stored().id());
        assertEquals(c.withId(r.stored().id()), service.get(r.stored().id()).content());
    }

    @Test
    void everyChangeIsAnImmutableRevisionAndUnchangedSavesAreNot() {
        ResearchCase v1 = SampleCases.generate("rev", 1, 7);
        service.save(v1);
        assertEquals(SaveResult.Change.UNCHANGED, service.save(v1).change());
        ResearchCase v2 = v1.withTitle("Renamed plan");
        assertEquals(SaveResult.Change.REVISED, service.save(v2).change());
        ResearchCase v3 = v2.withPeople(v2.people().subList(0, 1));
        service.save(v3);
        List<CaseRevision> revs = service.revisions("rev-1");
        assertEquals(List.of(1, 2, 3), revs.stream().map(CaseRevision::revision).toList());
        assertEquals(v1, service.revision("rev-1", 1));
        assertEquals(v2, service.revision("rev-1", 2));
        assertEquals(v3, service.get("rev-1").content());
        assertEquals(1, service.get("rev-1").summary().peopleCount());
        assertEquals("tester", revs.get(0).savedBy());
        assertEquals(3, audit.entries("rev-1").size());
        assertTrue(audit.verify().ok());
    }

    @Test
    void listsByStatusFromTheColumnsNewestFirst() throws Exception {
        for (int i = 1; i <= 5; i++) {
            service.save(SampleCases.generate("l", i, 3));
            Thread.sleep(2);
        }
        service.decide("l-2", CaseStatus.SUBMITTED, "");
        List<CaseSummary> all = service.list(null, false);
        assertEquals(List.of("l-5", "l-4", "l-3", "l-2", "l-1").size(), all.size());
        assertEquals("l-2", all.get(0).id(), "the status change made l-2 the most recently updated");
        assertEquals(List.of("l-2"), service.list(CaseStatus.SUBMITTED, false).stream().map(CaseSummary::id).toList());
        assertEquals(4, service.list(CaseStatus.DRAFT, false).size());
    }

    @Test
    void lifecycleFollowsTheWorkflowAndRefusesInvalidTransitions() {
        service.save(SampleCases.generate("lc", 1, 9));
        InvalidInputException skip = assertThrows(InvalidInputException.class,
                () -> service.decide("lc-1", CaseStatus.CLEARED, "looks fine"));
        assertTrue(skip.getMessage().contains("is DRAFT and cannot move to CLEARED"), skip.getMessage());
        service.decide("lc-1", CaseStatus.SUBMITTED, null);
        service.decide("lc-1", CaseStatus.IN_REVIEW, "picked up");
        InvalidInputException noNote = assertThrows(InvalidInputException.class,
                () -> service.decide("lc-1", CaseStatus.CLEARED, "  "));
        assertTrue(noNote.getMessage().contains("needs a note"), noNote.getMessage());
        Decision d = service.decide("lc-1", CaseStatus.CLEARED, "All weights are published (15 CFR 734.7).");
        assertEquals(CaseStatus.IN_REVIEW, d.from());
        assertEquals(CaseStatus.CLEARED, d.to());
        StoredCase s = service.get("lc-1");
        assertEquals(CaseStatus.CLEARED, s.summary().status());
        assertNotNull(s.summary().decidedAt());
        assertEquals(3, service.decisions("lc-1").size());
        assertEquals("All weights are published (15 CFR 734.7).", service.decisions("lc-1").get(2).note());
        InvalidInputException fin = assertThrows(InvalidInputException.class,
                () -> service.decide("lc-1", CaseStatus.IN_REVIEW, "again"));
        assertTrue(fin.getMessage().contains("final decision"), fin.getMessage());
        InvalidInputException edit = assertThrows(InvalidInputException.class,
                () -> service.save(s.content().withTitle("changed after the decision")));
        assertTrue(edit.getMessage().contains("762.6"), edit.getMessage());
        // the audit log names the transition but not the note text
        AuditEntry last = audit.entries("lc-1").get(audit.entries("lc-1").size() - 1);
        assertTrue(last.detail().startsWith("IN_REVIEW -> CLEARED"), last.detail());
        assertFalse(last.detail().contains("published"), last.detail());
    }

    @Test
    void decidedCaseIsArchivedNotDeletedWithinRetention() {
        service.save(SampleCases.generate("ret", 1, 5));
        service.decide("ret-1", CaseStatus.SUBMITTED, "");
        service.decide("ret-1", CaseStatus.IN_REVIEW, "");
        service.decide("ret-1", CaseStatus.LICENSE_NEEDED, "4E091 weights to a D:5 national");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.delete("ret-1", "cleanup"));
        assertTrue(e.getMessage().contains("15 CFR 762.6") && e.getMessage().contains("archive it instead"),
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> service.archive("ret-1", " "));
        service.archive("ret-1", "project ended");
        assertTrue(service.list(null, false).isEmpty());
        assertEquals(1, service.list(null, true).size());
        assertTrue(service.get("ret-1").summary().archived());
    }

    @Test
    void decidedCaseMayBeDeletedAfterRetentionAndTheReasonIsAudited() {
        service.save(SampleCases.generate("old", 1, 5));
        service.decide("old-1", CaseStatus.SUBMITTED, "");
        service.decide("old-1", CaseStatus.IN_REVIEW, "");
        service.decide("old-1", CaseStatus.CLEARED, "EAR99, no listed party");
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET decided_at = ? WHERE id = 'old-1'")) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusYears(5).minusDays(1));
                return ps.executeUpdate();
            }
        });
        assertThrows(InvalidInputException.class, () -> service.delete("old-1", ""));
        service.delete("old-1", "retention period over");
        assertTrue(service.find("old-1").isEmpty());
        assertTrue(service.revisions("old-1").isEmpty());
        AuditEntry last = audit.entries("old-1").get(audit.entries("old-1").size() - 1);
        assertEquals("CASE_DELETED", last.action());
        assertTrue(last.detail().contains("retention period over"));
        assertTrue(audit.verify().ok());
    }

    @Test
    void draftCaseCanBeDeletedWithAReason() {
        service.save(SampleCases.generate("d", 1, 5));
        service.delete("d-1", "typed by mistake");
        assertTrue(service.find("d-1").isEmpty());
    }

    @Test
    void importIsAllOrNothingAndNamesTheBadCase() throws Exception {
        List<ResearchCase> good = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            good.add(SampleCases.generate("imp", i, 11));
        }
        String array = Json.mapper().writeValueAsString(good);
        // case 13 gets a citizenship that is not an ISO code
        String bad = array.replaceFirst("(\"id\" : \"imp-13\"[\\s\\S]*?\"citizenships\" : \\[ \")[A-Z]{2}", "$1XX");
        Path ok = dir.resolve("first.json");
        Files.writeString(ok, Json.mapper().writeValueAsString(SampleCases.generate("solo", 1, 1)));
        Path file = dir.resolve("many.json");
        Files.writeString(file, bad);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.importFiles(List.of(ok, file)));
        assertTrue(e.getMessage().contains("many.json, case 13 (id 'imp-13')"), e.getMessage());
        assertTrue(e.getMessage().contains("citizenships"), e.getMessage());
        assertEquals(0, service.list(null, true).size());
        assertTrue(audit.entries(null).isEmpty());

        Files.writeString(file, array);
        List<SaveResult> results = service.importFiles(List.of(ok, file));
        assertEquals(21, results.size());
        assertEquals(21, service.list(null, false).size());
        assertEquals(good.get(12), service.get("imp-13").content());
    }

    @Test
    void importRefusesTheSameIdTwice() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, Json.mapper().writeValueAsString(SampleCases.generate("dup", 1, 1)));
        Files.writeString(b, Json.mapper().writeValueAsString(SampleCases.generate("dup", 1, 2)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.importFiles(List.of(a, b)));
        assertTrue(e.getMessage().contains("b.json") && e.getMessage().contains("'dup-1'"), e.getMessage());
        assertTrue(service.list(null, true).isEmpty());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"formatVersion\": 1,\n  \"title\": \"x\",,\n}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.importFiles(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + " line 3"), e.getMessage());
    }

    @Test
    void exportWritesTheCaseFileAndIsAudited() throws Exception {
        ResearchCase c = SampleCases.generate("ex", 1, 2);
        service.save(c);
        Path out = dir.resolve("out.json");
        service.exportTo("ex-1", out);
        assertEquals(c, Json.mapper().readValue(Files.readString(out), ResearchCase.class));
        assertEquals("CASE_EXPORTED", audit.entries("ex-1").get(1).action());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> service.export("nope"));
        assertTrue(missing.getMessage().contains("'nope' is not in the database"));
    }

    @Test
    void savesFromManyThreadsKeepTheAuditChainIntact() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        service.save(SampleCases.generate("t" + thread, i, thread));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), errors);
        assertEquals(100, service.list(null, false).size());
        AuditVerification v = audit.verify();
        assertTrue(v.ok(), v.problem());
        assertEquals(100, v.entriesChecked());
        assertTrue(Instant.now().isAfter(service.list(null, false).get(0).updatedAt()));
    }
}
