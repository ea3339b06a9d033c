package org.collabrisk.app.editor;

import org.collabrisk.app.Fakes;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseEditorViewModelTest {

    @Test
    void aLoadedCaseComesBackUnchanged() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        ResearchCase c = Fakes.frontierCase().withId("case-1");
        vm.load(c, null);
        assertEquals(c, vm.toCase());
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void newCaseStartsWithOneRowToFillInAndIsNotDirty() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.newCase();
        assertTrue(vm.openProperty().get());
        assertEquals(1, vm.people().size());
        assertEquals(1, vm.artifacts().size());
        assertFalse(vm.dirtyProperty().get());
        assertEquals(List.of("People, row 1 (Person p1): Name is required",
                        "People, row 1 (Person p1): Citizenship unknown: the release destination cannot be derived (15 CFR 734.13(b))",
                        "Artifacts, row 1 (Artifact a1): Name is required"),
                List.copyOf(vm.problems()));
    }

    @Test
    void anEditInsideARowCountsAsAChange() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.load(Fakes.frontierCase(), null);
        int before = vm.changeCountProperty().get();
        vm.people().get(0).citizenships().add(Country.of("HK"));
        vm.artifacts().get(0).publishedProperty().set(true);
        assertEquals(before + 2, vm.changeCountProperty().get());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(Boolean.TRUE, vm.toCase().artifacts().get(0).published());
    }

    @Test
    void addDuplicateAndRemoveRowsKeepIdsUniqueAndSelectionSensible() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.load(Fakes.frontierCase(), null);
        vm.selectedPersonProperty().set(vm.people().get(0));
        PersonRow copy = vm.duplicatePerson();
        assertEquals("p3", copy.getId());
        assertEquals("Wei Zhang (copy)", copy.getName());
        assertEquals(1, vm.people().indexOf(copy), "the copy goes right below the original");
        assertEquals(List.of(Country.of("CN")), copy.citizenships());
        PersonRow added = vm.addPerson();
        assertEquals("p4", added.getId());
        assertEquals(added, vm.selectedPersonProperty().get());
        vm.removePerson();
        assertEquals(3, vm.people().size());
        assertEquals("p2", vm.selectedPersonProperty().get().getId());
        ArtifactRow a = vm.duplicateArtifact();
        assertEquals("a3", a.getId());
        vm.removeArtifact();
        assertEquals(2, vm.artifacts().size());
    }

    @Test
    void removingAPersonTakesThemOffTheArtifactsSharedWithThem() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.load(Fakes.frontierCase(), null);
        vm.artifacts().get(0).sharedWith().setAll("p1", "p2");
        vm.selectedPersonProperty().set(vm.person("p1"));
        vm.removePerson();
        assertEquals(List.of("p2"), vm.toCase().artifacts().get(0).sharedWith());
    }

    @Test
    void halfTypedNumbersDoNotStopTheAssessmentButBlockSaving() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.load(Fakes.frontierCase(), null);
        vm.artifacts().get(0).trainingOperationsProperty().set("3e");
        assertNull(vm.toCase().artifacts().get(0).trainingOperations(), "unreadable = unknown for the live view");
        InvalidInputException e = assertThrows(InvalidInputException.class, vm::toCaseForSaving);
        assertEquals("Artifacts, row 1 (Frontier weights): training operations: '3e' is not a number "
                + "(write e.g. 1e26 or 10^26)", e.getMessage());
        assertTrue(vm.problems().contains(e.getMessage()));
    }

    @Test
    void citizenshipWarningDoesNotBlockSavingAndGoesAwayForUsPersons() {
        CaseEditorViewModel vm = new CaseEditorViewModel();
        vm.load(Fakes.frontierCase(), null);
        PersonRow p = vm.addPerson();
        p.nameProperty().set("Sam");
        assertTrue(vm.problems().stream().anyMatch(s -> s.contains("Citizenship unknown")));
        vm.toCaseForSaving();
        p.usStatusProperty().set(UsStatus.CITIZEN);
        assertFalse(vm.problems().stream().anyMatch(s -> s.contains("Citizenship unknown")));
    }

    @Test
    void eccnIsCheckedAndNormalised() {
        ArtifactRow r = new ArtifactRow("a1");
        r.nameProperty().set("w");
        r.eccnProperty().set("4e091");
        assertEquals("4E091", r.toArtifact().eccn());
        r.eccnProperty().set("5d002.C.1");
        assertEquals("5D002.c.1", r.toArtifact().eccn());
        r.eccnProperty().set("weights");
        assertNotEquals(null, r.eccnProblem());
        assertThrows(InvalidInputException.class, r::toArtifact);
    }

    @Test
    void nextIdSkipsTakenNumbers() {
        assertEquals("p3", CaseEditorViewModel.nextId("p", List.of("p1", "p4")));
        assertEquals("p1", CaseEditorViewModel.nextId("p", List.of()));
        assertEquals("p4", CaseEditorViewModel.nextId("p", List.of("p1", "p3")), "a freed low number is not reused");
    }
}
