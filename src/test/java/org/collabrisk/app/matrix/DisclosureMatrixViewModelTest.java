package org.collabrisk.app.matrix;

import org.collabrisk.app.Fakes;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureMatrixViewModelTest {

    private final Fakes.FakeAssessor assessor = new Fakes.FakeAssessor();

    private static ResearchCase withEntityAffiliation() {
        ResearchCase c = Fakes.frontierCase();
        Person p = c.people().get(0);
        Person listed = new Person(p.id(), p.name(), "Entity University", p.affiliationCountry(), p.citizenships(),
                null, p.mostRecentStatusCountry(), p.usStatus(), p.location());
        return c.withPeople(List.of(listed, c.people().get(1)));
    }

    @Test
    void oneCellPerArtifactAndPersonColouredByOutcome() {
        ResearchCase c = Fakes.frontierCase();
        DisclosureMatrixViewModel vm = new DisclosureMatrixViewModel();
        vm.show(c, assessor.assess(c, "ai-diffusion-2025", List.of()));
        assertEquals(4, vm.model().cells().size());
        MatrixCell cell = vm.model().cell("a1", "p1").orElseThrow();
        assertEquals(Outcome.LICENSE_REQUIRED, cell.outcome());
        assertEquals("Licence", cell.label());
        assertEquals("outcome-license-required", cell.styleClass());
        assertEquals(Outcome.NOT_SUBJECT, vm.model().cell("a2", "p2").orElseThrow().outcome());
    }

    @Test
    void anArtifactNotSharedWithSomeoneShowsNoOutcomeThere() {
        ResearchCase c = Fakes.frontierCase();
        Artifact a = c.artifacts().get(0);
        Artifact onlyP2 = new Artifact(a.id(), a.kind(), a.name(), a.published(), a.intendedForPublication(), null,
                a.trainingOperations(), a.parameters(), a.mixtureOfExperts(), null, null, null, null, List.of("p2"));
        c = c.withArtifacts(List.of(onlyP2));
        DisclosureMatrixViewModel vm = new DisclosureMatrixViewModel();
        vm.show(c, assessor.assess(c, "ai-diffusion-2025", List.of()));
        MatrixCell cell = vm.model().cell("a1", "p1").orElseThrow();
        assertFalse(cell.shared());
        assertEquals("not shared", cell.label());
        vm.select("a1", "p1");
        assertTrue(vm.detailsProperty().get().remediation().get(0).contains("not shared"));
    }

    @Test
    void selectingACellShowsTheTrailHitsAndRemediation() {
        ResearchCase c = withEntityAffiliation();
        Fakes.FakeScreening screening = new Fakes.FakeScreening();
        Assessment a = assessor.assess(c, "ai-diffusion-2025", screening.screen(c));
        DisclosureMatrixViewModel vm = new DisclosureMatrixViewModel();
        vm.show(c, a);
        vm.select("a1", "p1");
        CellDetails d = vm.detailsProperty().get();
        assertEquals("Frontier weights → Wei Zhang", d.heading());
        assertEquals(List.of("1. Unpublished weights are subject to the EAR (15 CFR 734.3)",
                "2. Weights of a model trained with ≥1e26 operations (ECCN 4E091)",
                "3. CN is in Country Group D:5 (Supp. No. 1 to Part 740)"), d.reasonLines());
        assertEquals(1, d.hits().size());
        assertTrue(CellDetails.describe(d.hits().get(0)).contains("matched 'Entity University' on affiliation"));
        assertEquals(List.of("publish the weights first (15 CFR 734.7) → NOT_SUBJECT"), d.remediation());
    }

    @Test
    void selectionSurvivesANewAssessmentAndIsClearedWhenTheCellGoes() {
        ResearchCase c = Fakes.frontierCase();
        DisclosureMatrixViewModel vm = new DisclosureMatrixViewModel();
        vm.show(c, assessor.assess(c, "ai-diffusion-2025", List.of()));
        vm.select("a1", "p1");
        ResearchCase published = c.withArtifacts(List.of(c.artifacts().get(0).withPublished(true), c.artifacts().get(1)));
        vm.show(published, assessor.assess(published, "ai-diffusion-2025", List.of()));
        assertEquals(Outcome.NOT_SUBJECT, vm.detailsProperty().get().outcome(), "details follow the new answer");
        ResearchCase fewer = published.withPeople(List.of(published.people().get(1)));
        vm.show(fewer, assessor.assess(fewer, "ai-diffusion-2025", List.of()));
        assertNull(vm.selectedProperty().get());
        assertNull(vm.detailsProperty().get());
    }
}
