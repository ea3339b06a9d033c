package org.collabrisk.batch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchScreenerTest {


    /** The screener under test: the hand-made double here, the real engine in {@link BatchScreenerEngineTest}. */
    NameScreener newScreener() {
        return FixtureScreener.fromResource("custom_list.csv");
    }

    /** The double gives EL hits a licence requirement; a custom list CSV has none. */
    boolean listsCarryLicenceRequirements() {
        return true;
    }

    private BatchResult run(ScreeningPolicy policy) {
        return run(policy, 2);
    }

    private BatchResult run(ScreeningPolicy policy, int threads) {
        return new BatchScreener(newScreener(), new BatchSettings(policy, 0.80, threads))
                .screen(BatchCsvReaderTest.readFixture());
    }

    private static Set<String> flaggedIds(BatchResult r) {
        return r.flagged().stream().map(FlaggedPaper::paperId).collect(Collectors.toSet());
    }

    private static FlaggedPaper paper(BatchResult r, String id) {
        return r.flagged().stream().filter(p -> p.paperId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sdnPolicyFlagsSdnHitsAndSanctionedPlacesOnly() {
        BatchResult r = run(ScreeningPolicy.SDN);
        assertEquals(Set.of("p1", "p11", "p4", "p5", "p6", "p12"), flaggedIds(r));
        FlaggedPaper p1 = paper(r, "p1");
        assertEquals(1, p1.findings().size());
        BatchFinding f = p1.findings().get(0);
        assertEquals("affiliation", f.field());
        assertEquals("SDN", f.list());
        assertEquals("Moscow Institute of Physics and Technology", f.matchedName());
        assertEquals("MATCH", f.band());
        assertEquals("Alice Example", f.author());
        assertEquals("RU", f.country());
        assertTrue(f.reason().contains("31 CFR Chapter V"), f.reason());
        // The EL hit on the same institute is outside the policy but counted, so the chair knows.
        assertEquals(Map.of("EL", 4, "CUSTOM", 1), r.hitsOutsidePolicy());
    }

    @Test
    void authorNameHitIsReportedAsAuthorFieldWithIdentityCaveat() {
        FlaggedPaper p11 = paper(run(ScreeningPolicy.SDN), "p11");
        BatchFinding f = p11.findings().get(0);
        assertEquals("author", f.field());
        assertEquals("Ali Sanctioned", f.value());
        assertTrue(f.reason().contains("Name-only match"));
    }

    @Test
    void sdnPlusElPolicyAddsEntityListHitsIncludingThoseBehindAPlus() {
        BatchResult r = run(ScreeningPolicy.SDN_EL);
        assertEquals(Set.of("p1", "p2", "p3", "p11", "p4", "p5", "p6", "p12"), flaggedIds(r));
        FlaggedPaper p2 = paper(r, "p2");
        // Two authors share the one EL reason on the same affiliation: one row naming both.
        assertEquals(1, p2.findings().size());
        BatchFinding el = p2.findings().get(0);
        assertEquals("EL", el.list());
        assertEquals("Chen Wei; Li Na", el.author());
        assertEquals("Harbin Institute of Technology", el.value());
        if (listsCarryLicenceRequirements()) {
            assertTrue(el.reason().contains("For all items subject to the EAR"), el.reason());
        }
        assertTrue(el.reason().contains("744.11"), el.reason());
        assertEquals(2, paper(r, "p1").findings().size());
        assertEquals(Map.of("CUSTOM", 1), r.hitsOutsidePolicy());
    }

    @Test
    void reviewBandHitIsMarkedForHandCheck() {
        FlaggedPaper p3 = paper(run(ScreeningPolicy.SDN_EL), "p3");
        assertEquals("REVIEW", p3.band());
        BatchFinding f = p3.findings().get(0);
        assertEquals("REVIEW", f.band());
        assertEquals("Northwestern Polytechnical University", f.matchedName());
        assertTrue(f.reason().startsWith("Possible match, check by hand"), f.reason());
    }

    @Test
    void allPolicyAddsCustomListsAndLeavesCleanPapersOut() {
        BatchResult r = run(ScreeningPolicy.ALL);
        assertTrue(flaggedIds(r).contains("p7"));
        assertFalse(flaggedIds(r).contains("p8"));
        assertFalse(flaggedIds(r).contains("p9"));
        assertEquals(Map.of(), r.hitsOutsidePolicy());
        assertEquals(9, r.flaggedPapers());
        assertEquals(11, r.papers()); // p10 has no usable row
    }

    @Test
    void sanctionedPlacesAreFlaggedSeparatelyWithCitations() {
        BatchResult r = run(ScreeningPolicy.SDN);
        BatchFinding iran = paper(r, "p4").findings().get(0);
        assertEquals("country", iran.field());
        assertEquals("EMBARGO", iran.list());
        assertEquals("IR", iran.entry());
        assertTrue(iran.citation().contains("746.7") && iran.citation().contains("31 CFR part 560"));
        assertTrue(iran.reason().contains("from the country column"));

        BatchFinding cuba = paper(r, "p5").findings().get(0);
        assertEquals("CU", cuba.entry());
        assertTrue(cuba.reason().contains("from the affiliation text"));

        BatchFinding crimea = paper(r, "p6").findings().get(0);
        assertEquals("UA-43", crimea.entry());
        assertTrue(crimea.citation().contains("746.6"));

        List<BatchFinding> syria = paper(r, "p12").findings();
        assertEquals(1, syria.size(), syria.toString());
        assertEquals("Damascus University", syria.get(0).value());
        assertTrue(syria.get(0).reason().contains("terminated effective July 1, 2025"));
        assertTrue(syria.get(0).reason().contains("E:1"));
        assertEquals(4, r.flaggedPapersByList().get("EMBARGO"));
    }

    @Test
    void eachDistinctStringIsScreenedOnce() {
        FixtureScreener screener = FixtureScreener.fromResource("custom_list.csv");
        BatchResult r = new BatchScreener(screener, new BatchSettings(ScreeningPolicy.ALL, 0.80, 2))
                .screen(BatchCsvReaderTest.readFixture());
        assertTrue(screener.searchesByQuery.values().stream().allMatch(c -> c.get() == 1));
        // 13 authors + affiliations without repeats ("Harbin Institute of Technology" and "University of Toronto" twice).
        assertEquals(13 + 15 - 2, screener.searches.get());
        assertEquals(screener.searches.get(), r.distinctNamesScreened());
    }

    @Test
    void shortListPutsListedOrganisationsFirstThenPlacesThenPeopleThenPossibleMatches() {
        List<String> order = run(ScreeningPolicy.ALL).flagged().stream().map(FlaggedPaper::paperId).toList();
        assertEquals(List.of("p1", "p2", "p7", "p4", "p5", "p6", "p12", "p11", "p3"), order);
    }

    @Test
    void singleThreadedAndParallelRunsAgree() {
        assertEquals(run(ScreeningPolicy.ALL, 1).flagged(), run(ScreeningPolicy.ALL, 2).flagged());
    }

    @Test
    void cancellingStopsTheRun() {
        FixtureScreener screener = FixtureScreener.fromResource("custom_list.csv");
        BatchScreener s = new BatchScreener(screener, new BatchSettings(ScreeningPolicy.ALL, 0.80, 2));
        assertThrows(CancellationException.class,
                () -> s.screen(BatchCsvReaderTest.readFixture(), BatchProgress.NONE, () -> true));
    }

    @Test
    void progressReachesTheTotal() {
        FixtureScreener screener = FixtureScreener.fromResource("custom_list.csv");
        long[] last = new long[2];
        new BatchScreener(screener, new BatchSettings(ScreeningPolicy.ALL, 0.80, 2))
                .screen(BatchCsvReaderTest.readFixture(), (phase, done, total) -> {
                    synchronized (last) {
                        last[0] = Math.max(last[0], done);
                        last[1] = total;
                    }
                }, () -> false);
        assertEquals(last[1], last[0]);
        assertTrue(last[1] > 0);
    }

    @Test
    void policyCodesParseAndBadOnesAreRefused() {
        assertEquals(ScreeningPolicy.SDN_EL, ScreeningPolicy.parse("SDN+EL"));
        assertEquals(ScreeningPolicy.ALL, ScreeningPolicy.parse("all"));
        assertThrows(org.collabrisk.domain.InvalidInputException.class, () -> ScreeningPolicy.parse("el"));
    }

    @Test
    void sanctionedPlaceWordsNeedWholeWords() {
        assertEquals(List.of(), SanctionedPlace.namedIn("Syracuse University, Iranian Studies"));
        assertEquals(List.of(SanctionedPlace.IRAN), SanctionedPlace.namedIn("University of Tehran"));
        assertEquals(List.of(), SanctionedPlace.namedIn("Korea Advanced Institute of Science and Technology"));
        assertEquals(List.of(SanctionedPlace.NORTH_KOREA), SanctionedPlace.namedIn("Kim Il Sung University, Pyongyang"));
    }
}
