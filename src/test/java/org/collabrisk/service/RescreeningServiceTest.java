package org.collabrisk.service;

import org.collabrisk.bench.SampleCases;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.UsStatus;
import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.Database;
import org.collabrisk.store.Disposition;
import org.collabrisk.store.StoredAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RescreeningServiceTest {

    @TempDir
    Path dir;
    Database db;
    CaseService cases;
    CaseAssessmentService assessments;
    RescreeningService rescreening;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("rescreen"));
        cases = new CaseService(db, "tester");
        assessments = new CaseAssessmentService(db, "tester");
        rescreening = new RescreeningService(db, "tester", assessments);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ResearchCase caseWithAffiliation(String id, String affiliation) {
        ResearchCase base = SampleCases.generate(id, 0, 4);
        Person p = new Person("p1", "Quentin Zylberstein", affiliation, Country.of("CN"), List.of(Country.of("CN")),
                null, Country.of("CN"), UsStatus.FOREIGN_PERSON, Country.of("US"));
        return base.withId(id).withPeople(List.of(p)).withArtifacts(base.artifacts().stream()
                .map(a -> new org.collabrisk.domain.Artifact(a.id(), a.kind(), a.name(), a.published(),
                        a.intendedForPublication(), a.eccn(), a.trainingOperations(), a.parameters(),
                        a.mixtureOfExperts(), a.derivedFrom(), a.benchmarks(), a.encryption(), a.channel(), List.of()))
                .toList());
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static Set<String> ids(RescreeningService.Report r) {
        return r.affected().stream().map(RescreeningService.RescreenedCase::caseId).collect(Collectors.toSet());
    }

    @Test
    void newerListReassessesExactlyTheAffectedCases() throws Exception {
        cases.save(caseWithAffiliation("crimson", "Crimson Labs"));
        cases.save(caseWithAffiliation("acme", "Acme Photonics"));
        cases.save(caseWithAffiliation("harbor", "Blue Harbor Trading"));
        cases.save(caseWithAffiliation("clean", "Lakeside College of Music"));
        Assessment before = assessments.assess("clean", null).assessment();
        assertTrue(before.lists().isEmpty(), "no list imported yet");

        RescreeningService.ImportReport first = rescreening.importList(write("v1.csv", ListServiceTest.V1), null);
        assertEquals(4, first.rescreening().casesChecked());
        assertEquals(Set.of("acme", "harbor"), ids(first.rescreening()));
        RescreeningService.RescreenedCase acme = first.rescreening().affected().stream()
                .filter(c -> c.caseId().equals("acme")).findFirst().orElseThrow();
        assertNull(acme.before(), "acme had not been assessed");
        assertEquals("added", acme.because().get(0).change());
        assertEquals("Acme Photonics", acme.because().get(0).entryName());
        Assessment acmeAssessment = assessments.latest("acme").orElseThrow();
        assertTrue(acmeAssessment.screening().stream().anyMatch(h -> h.entryName().equals("Acme Photonics")));
        assertEquals(1, acmeAssessment.lists().size());
        assertEquals(first.list().list().sha256(), acmeAssessment.lists().get(0).sha256());
        assertEquals(acme.after(), cases.get("acme").summary().overallOutcome());

        RescreeningService.ImportReport second = rescreening.importList(write("v2.csv", ListServiceTest.V2), null);
        // Crimson Labs was added, Acme Photonics changed (new alias); Blue Harbor's SDN list is still the one of v1
        assertEquals(Set.of("crimson", "acme"), ids(second.rescreening()));
        RescreeningService.RescreenedCase acme2 = second.rescreening().affected().stream()
                .filter(c -> c.caseId().equals("acme")).findFirst().orElseThrow();
        assertEquals("changed", acme2.because().get(0).change());
        assertEquals(acme.after(), acme2.before());

        RescreeningService.ImportReport third = rescreening.importList(write("v3.csv", ListServiceTest.HEADER
                + "Northwind Robotics Institute,NRI;Northwind Institute,CN,EL,invented\n"
                + "Crimson Labs,,CN,EL,invented\n"), null);
        RescreeningService.RescreenedCase acme3 = third.rescreening().affected().stream()
                .filter(c -> c.caseId().equals("acme")).findFirst().orElseThrow();
        assertEquals("removed", acme3.because().get(0).change());
        assertTrue(assessments.latest("acme").orElseThrow().screening().isEmpty());
        assertFalse(acme3.after().isMoreSevereThan(acme3.before()), acme3.before() + " -> " + acme3.after());
        assertEquals(Set.of("acme"), ids(third.rescreening()));

        List<AuditEntry> audit = new AuditService(db).entries("acme");
        assertEquals(3, audit.stream().filter(e -> e.action().equals("CASE_RESCREENED")).count());
        assertTrue(new AuditService(db).verify().ok());
    }

    @Test
    void assessmentIsStoredWithRuleSetAndListVersions() throws Exception {
        new ListService(db, "tester").importFile(write("v1.csv", ListServiceTest.V1));
        cases.save(caseWithAffiliation("nw", "Northwind Robotics Institute"));
        CaseAssessmentService.Result r = assessments.assess("nw", "ear-2026");
        StoredAssessment s = r.stored();
        assertEquals("ear-2026", s.ruleSetId());
        assertEquals(1, s.caseRevision());
        assertTrue(s.listsJson().contains(r.assessment().lists().get(0).sha256()), s.listsJson());
        assertEquals(r.assessment(), assessments.latest("nw").orElseThrow());
        assertEquals(s.overall(), cases.get("nw").summary().overallOutcome());
        assertTrue(r.assessment().screening().stream().anyMatch(h -> h.entryName().equals(
                "Northwind Robotics Institute") && h.field().equals(ScreeningHit.FIELD_AFFILIATION)));
        // the decision links the assessment of the revision decided on
        cases.decide("nw", CaseStatus.SUBMITTED, "");
        cases.decide("nw", CaseStatus.IN_REVIEW, "");
        assertEquals(s.id(), cases.decide("nw", CaseStatus.ESCALATED, "EL hit on affiliation").assessmentId());
        // a later edit clears the stored outcome: it no longer describes the case
        assertThrows(InvalidInputException.class, () -> cases.save(caseWithAffiliation("nw", "Other")));
    }

    @Test
    void falsePositiveDispositionSuppressesTheHitUntilTheEntryChanges() throws Exception {
        new ListService(db, "tester").importFile(write("v1.csv", ListServiceTest.V1));
        cases.save(caseWithAffiliation("fp", "Acme Photonics"));
        Assessment a = assessments.assess("fp", null).assessment();
        ScreeningHit hit = a.screening().stream().filter(h -> h.entryName().equals("Acme Photonics")).findFirst()
                .orElseThrow();
        Outcome withHit = a.overall();
        assertThrows(InvalidInputException.class,
                () -> assessments.dispose("fp", hit, Disposition.Verdict.FALSE_POSITIVE, " "));
        Disposition d = assessments.dispose("fp", hit, Disposition.Verdict.FALSE_POSITIVE,
                "Different company: Acme Photonics GmbH of Jena, checked by phone");
        assertEquals("Acme Photonics", d.screenedText());
        Assessment after = assessments.assess("fp", null).assessment();
        assertTrue(after.screening().stream().noneMatch(h -> h.entry().equals(hit.entry())), after.screening().toString());
        assertFalse(after.overall().isMoreSevereThan(withHit));
        AuditEntry logged = new AuditService(db).entries("fp").stream()
                .filter(e -> e.action().equals("HIT_DISPOSED")).findFirst().orElseThrow();
        assertFalse(logged.detail().contains("Jena"), "the reason text stays out of the audit log");

        // the list changes the entry: the hit comes back, and the case is reported as affected
        RescreeningService.ImportReport r = rescreening.importList(write("v2.csv", ListServiceTest.V2), null);
        assertTrue(ids(r.rescreening()).contains("fp"));
        assertTrue(assessments.latest("fp").orElseThrow().screening().stream()
                .anyMatch(h -> h.entry().equals(hit.entry())));
    }
}
