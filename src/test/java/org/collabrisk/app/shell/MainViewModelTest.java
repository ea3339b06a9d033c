package org.collabrisk.app.shell;

import org.collabrisk.app.AppServices;
import org.collabrisk.app.AppState;
import org.collabrisk.app.Fakes;
import org.collabrisk.app.InMemoryCaseRepository;
import org.collabrisk.app.JsonCaseFiles;
import org.collabrisk.app.SampleCases;
import org.collabrisk.app.common.SameThreadTaskRunner;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {

    @TempDir
    Path dir;
    private final Fakes.RecordingDialogs dialogs = new Fakes.RecordingDialogs();
    private final InMemoryCaseRepository repo = new InMemoryCaseRepository();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner(true);
    private AppState state;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        state = new AppState();
        JsonCaseFiles files = new JsonCaseFiles();
        vm = new MainViewModel(state, new AppServices(new Fakes.FakeAssessor(), new Fakes.FakeScreening(), repo,
                files, new SampleCases(files)), tasks, dialogs);
        vm.start("ai-diffusion-2025");
    }

    @Test
    void startSelectsTheRememberedRuleSetAndShowsItsDateInTheNotice() {
        assertEquals("ai-diffusion-2025", state.ruleSetId());
        assertTrue(state.noticeProperty().get().contains("law as of 2025-01-15"), state.noticeProperty().get());
        assertTrue(state.noticeProperty().get().contains("not legal advice"));
    }

    @Test
    void newCaseEditSaveAndReopenFromTheList() {
        vm.newCase();
        assertEquals(Screen.EDITOR, vm.screenProperty().get());
        var ed = vm.editor();
        ed.load(Fakes.frontierCase(), null);
        assertEquals(Outcome.LICENSE_REQUIRED, vm.live().overallProperty().get());
        vm.save();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        String id = ed.caseIdProperty().get();
        assertNotNull(id);
        assertFalse(ed.dirtyProperty().get());
        assertEquals(Outcome.LICENSE_REQUIRED, vm.caseList().all().get(0).overall());
        ed.close();
        vm.openCase(id);
        assertEquals("Frontier model collaboration", ed.titleProperty().get());
    }

    @Test
    void savingWithAProblemNamesItAndStoresNothing() {
        vm.newCase();
        vm.save();
        assertEquals("People, row 1: Name is required", dialogs.errors.get(0));
        assertTrue(repo.listCases().isEmpty());
    }

    @Test
    void openingABadFileNamesTheFileAndField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\":1,\"title\":\"x\",\"paper\":null,\"people\":[{\"id\":\"p1\","
                + "\"name\":\"A\",\"citizenships\":[\"XX\"]}],\"artifacts\":[]}");
        vm.openFile(bad);
        assertEquals(1, dialogs.errors.size());
        String msg = dialogs.errors.get(0);
        assertTrue(msg.startsWith(bad.toString()), msg);
        assertTrue(msg.contains("people[0].citizenships[0]"), msg);
        assertTrue(msg.contains("'XX' is not an ISO 3166-1 alpha-2 country code"), msg);
        assertFalse(vm.editor().openProperty().get());
    }

    @Test
    void saveAsFileThenOpenItAgainAndItIsRemembered() throws Exception {
        vm.editor().load(Fakes.frontierCase(), null);
        Path f = dir.resolve("case.json");
        dialogs.files.add(Optional.of(f));
        vm.saveAsFile();
        ResearchCase back = Json.mapper().readValue(f.toFile(), ResearchCase.class);
        assertEquals(Fakes.frontierCase(), back);
        vm.editor().close();
        vm.openFile(f);
        assertEquals(f.toAbsolutePath().normalize(), state.recentFiles().get(0));
        assertEquals(Fakes.frontierCase(), vm.editor().toCase());
    }

    @Test
    void exportedReportCarriesReasonsCitationsDecisionAndNotice() throws Exception {
        vm.editor().load(Fakes.frontierCase(), null);
        Path f = dir.resolve("r.html");
        dialogs.files.add(Optional.of(f));
        vm.exportHtmlReport();
        String html = Files.readString(f);
        assertTrue(html.contains("ECCN 4E091"), "citation of each reason");
        assertTrue(html.contains("publish the weights first (15 CFR 734.7)"));
        assertTrue(html.contains("not legal advice"));
        assertTrue(html.contains("No decision recorded yet."));
        assertTrue(html.contains("law as of 2025-01-15"));
        assertEquals(1, dialogs.notifications.size());
    }

    @Test
    void exportJsonWritesTheAssessment() throws Exception {
        vm.editor().load(Fakes.frontierCase(), null);
        Path f = dir.resolve("a.json");
        dialogs.files.add(Optional.of(f));
        vm.exportAssessmentJson();
        assertTrue(Files.readString(f).contains("\"overall\" : \"LICENSE_REQUIRED\""));
    }

    @Test
    void exportWithoutAnAssessmentExplains() {
        vm.exportHtmlReport();
        assertTrue(dialogs.errors.get(0).startsWith("There is no assessment to export yet"));
    }

    @Test
    void submitNeedsASavedCaseThenGoesThrough() throws Exception {
        vm.editor().load(Fakes.frontierCase(), null);
        vm.submitForReview();
        assertTrue(dialogs.errors.get(0).startsWith("Save the case first"));
        vm.save();
        dialogs.texts.add(Optional.of("please review"));
        vm.submitForReview();
        assertEquals(org.collabrisk.domain.CaseStatus.SUBMITTED, vm.workflow().statusProperty().get());
        dialogs.choices.add(org.collabrisk.app.CaseRepository.Decision.CLEARED);
        dialogs.texts.add(Optional.of("published first"));
        vm.decide();
        assertEquals(org.collabrisk.domain.CaseStatus.CLEARED, vm.workflow().statusProperty().get());
        Path f = dir.resolve("decided.html");
        dialogs.files.add(Optional.of(f));
        vm.exportHtmlReport();
        assertTrue(Files.readString(f).contains("Cleared: published first"), "the decision is in the report");
    }

    @Test
    void aboutNamesVersionAndEveryRuleSetDate() {
        String about = vm.aboutText();
        assertTrue(about.startsWith("CollabRisk "));
        assertTrue(about.contains("ear-2026 v1: EAR as of 2026-07-23, law as of 2026-07-23"));
        assertTrue(about.contains("frontier-thresholds-2026 v1: Frontier thresholds, law as of 2026-09-01 (HYPOTHETICAL)"));
    }

    @Test
    void fileNamesComeFromTitles() {
        assertEquals("frontier-model-collaboration", MainViewModel.fileNameFor("Frontier model collaboration!"));
        assertEquals("case", MainViewModel.fileNameFor("  "));
    }
}
