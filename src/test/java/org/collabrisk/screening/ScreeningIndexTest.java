package org.collabrisk.screening;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher on small hand-made lists: normalisation, scoring, suppression, kinds, concurrency. */
class ScreeningIndexTest {

    static ListEntry entry(String list, String id, String name, String type, List<String> aliases) {
        return new ListEntry(list, id, name, aliases, type, List.of(Country.of("CN")), list.equals("EL") ? "For all items subject to the EAR." : null,
                list.equals("EL") ? "Presumption of denial." : null, null, null, null, null);
    }

    static ScreeningList list(ListEntry... entries) {
        return new ScreeningList(new ListVersion("test", "hand-made", LocalDate.of(2026, 1, 1), entries.length, "0".repeat(64)), List.of(entries));
    }

    private static final ScreeningList SAMPLE = list(
            entry("EL", "e1", "Harbin Institute of Technology", null, List.of()),
            entry("EL", "e2", "Harbin Engineering University", null, List.of()),
            entry("EL", "e3", "Müller Präzisionstechnik GmbH", null, List.of("Mueller Precision")),
            entry("SDN", "s1", "IVANOV, Sergei Borisovich", "Individual", List.of("Sergei Borisovich IVANOV")),
            entry("SDN", "s2", "EMMA LLC", "Entity", List.of()),
            entry("SDN", "s3", "11420 CORP.", "Entity", List.of()),
            entry("DPL", "d1", "JOHN ALBERT SMITHERS", null, List.of()),
            entry("EL", "e4", "Zhang Wei", null, List.of()),
            entry("SDN", "s4", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Entity", List.of()));

    private static final ScreeningIndex INDEX = ScreeningIndex.build(List.of(SAMPLE));

    private static NameMatch top(String q) {
        List<NameMatch> hits = INDEX.search(q, ScreeningIndex.REVIEW_THRESHOLD);
        assertTrue(!hits.isEmpty(), "no hit for " + q);
        return hits.get(0);
    }

    @Test
    void normaliserFoldsDiacriticsPunctuationAbbreviationsAndScripts() {
        NameNormalizer n = NameNormalizer.shared();
        assertEquals("muller prazisionstechnik gmbh", n.key("Müller Präzisionstechnik GmbH"));
        assertEquals("harbin institute technology", n.key("Harbin Inst. of Tech."));
        assertEquals("obrien llc", n.key("O'Brien L.L.C."));
        assertEquals("ivanov sergei", n.key("IVANOV, Sergei"));
        assertEquals("vladimir putin", n.key("Владимир Путин"));
        assertEquals("haerbingongyedaxue", n.key("哈尔滨工业大学"));
        assertEquals("alexandros", n.key("Αλέξανδρος"));
        assertEquals("ibm corp", n.key("ＩＢＭ Corporation"));
        var norm = n.normalize("EMMA LLC");
        assertEquals(NameNormalizer.LEGAL, norm.kind(1), "legal forms are kept, marked for down-weighting");
        assertEquals(NameNormalizer.GENERIC, n.normalize("Harbin University").kind(1));
        assertEquals(List.of("Harbin Institute of Technology", "Shenzhen"), n.segments("Harbin Institute of Technology (Shenzhen)"));
    }

    @Test
    void matchesVariantsOfListedNames() {
        assertEquals("e3", top("Muller Prazisionstechnik").entryId());
        assertEquals("e3", top("MÜLLER PRÄZISIONSTECHNIK G.m.b.H.").entryId());
        assertEquals("s1", top("Sergei Ivanov").entryId());
        assertEquals("s1", top("Сергей Борисович Иванов").entryId());
        assertEquals("e4", top("张伟").entryId(), "Chinese characters written as one pinyin word meet 'Zhang Wei'");
        assertEquals("s4", top("Papadopoulos").entryId(), "Greek transliterated");
        NameMatch typo = top("Harbin Institue of Technology");
        assertEquals("e1", typo.entryId());
        assertTrue(typo.alignedTokens().stream().anyMatch(p -> p.queryToken().equals("institue") && p.entryToken().equals("institute")));
    }

    @Test
    void nearMissesStayBelowTheThreshold() {
        assertTrue(INDEX.search("Harbin Engineering University", 0.8).stream().noneMatch(m -> m.entryId().equals("e1")));
        assertTrue(INDEX.search("Emma Daniels", 0.8).isEmpty());
        assertTrue(INDEX.search("BELLETECH CORP", 0.8).isEmpty());
        assertTrue(INDEX.search("John Smith", 0.8).isEmpty());
    }

    @Test
    void bandsFollowTheDocumentedThresholds() {
        assertEquals(MatchBand.MATCH, top("Harbin Institute of Technology").band());
        NameMatch partial = top("Sergei Ivanov");
        assertEquals(MatchBand.REVIEW, partial.band(), partial.why()); // patronymic missing
        assertEquals(MatchBand.BELOW, MatchBand.of(0.5));
        assertEquals(MatchBand.MATCH, MatchBand.of(ScreeningIndex.MATCH_THRESHOLD));
        assertEquals(MatchBand.REVIEW, MatchBand.of(ScreeningIndex.REVIEW_THRESHOLD));
    }

    @Test
    void suppressedPairsAreNotRaisedUntilTheEntryChanges() {
        NameMatch hit = top("Harbin Inst. of Technology");
        Suppression s = Suppression.of(hit);
        assertEquals("harbin institute technology", s.query());
        SearchOptions opts = SearchOptions.DEFAULT.withSuppressed(Set.of(s));
        assertTrue(INDEX.search("HARBIN INSTITUTE OF TECHNOLOGY", 0.8, opts).stream().noneMatch(m -> m.entryId().equals("e1")),
                "same normalised query, same entry content: suppressed");
        assertTrue(INDEX.search("Harbin Institute of Technology, Shenzhen", 0.8, SearchOptions.forAffiliations(Set.of(s))).stream()
                .anyMatch(m -> m.entryId().equals("e1")), "another query text is not suppressed");

        // the list changes the entry (new alias): the fingerprint changes and the hit comes back
        ListEntry changed = entry("EL", "e1", "Harbin Institute of Technology", null, List.of("HIT"));
        assertNotEquals(EntryFingerprint.of(SAMPLE.entries().get(0)), EntryFingerprint.of(changed));
        ScreeningIndex updated = ScreeningIndex.build(List.of(list(changed)));
        assertTrue(updated.search("Harbin Inst. of Technology", 0.8, opts).stream().anyMatch(m -> m.entryId().equals("e1")));
    }

    @Test
    void entryKindsComeFromTheTypeOrAreInferred() {
        assertEquals(EntryKind.PERSON, EntryKind.of(entry("SDN", "a", "IVANOV, Sergei", "Individual", List.of())));
        assertEquals(EntryKind.ORGANISATION, EntryKind.of(entry("SDN", "b", "EMMA LLC", "Entity", List.of())));
        assertEquals(EntryKind.VESSEL_OR_AIRCRAFT, EntryKind.of(entry("SDN", "c", "ARMAN", "Vessel", List.of())));
        // BIS and State rows have no type
        assertEquals(EntryKind.ORGANISATION, EntryKind.of(entry("EL", "d", "Harbin Institute of Technology", null, List.of())));
        assertEquals(EntryKind.ORGANISATION, EntryKind.of(entry("EL", "e", "140 Repair Plant JSC", null, List.of())));
        assertEquals(EntryKind.ORGANISATION, EntryKind.of(entry("EL", "f", "Aquanika", null, List.of())));
        assertEquals(EntryKind.UNKNOWN, EntryKind.of(entry("EL", "g", "Ali Bakhshien", null, List.of())));
        assertEquals(EntryKind.UNKNOWN, EntryKind.of(entry("DPL", "h", "ADRIAN MANUEL HERNANDEZ", null, List.of())));
        assertTrue(EntryKind.UNKNOWN.couldBePerson() && EntryKind.UNKNOWN.couldBeOrganisation());
    }

    @Test
    void fingerprintIgnoresAliasOrderOnly() {
        ListEntry a = entry("EL", "x", "A B", null, List.of("C", "D"));
        ListEntry b = entry("EL", "x", "A B", null, List.of("D", "C"));
        ListEntry c = new ListEntry("EL", "x", "A B", List.of("C", "D"), null, List.of(Country.of("CN")), "For all items subject to the EAR.",
                "Policy of denial.", null, null, null, null);
        assertEquals(EntryFingerprint.of(a), EntryFingerprint.of(b));
        assertNotEquals(EntryFingerprint.of(a), EntryFingerprint.of(c));
    }

    @Test
    void caseScreenerScreensNamesAndAffiliationsSeparately() {
        Person p1 = new Person("p1", "Sergei B. Ivanov", "School of Computing, Harbin Institute of Technology + Tsinghua University",
                Country.of("CN"), List.of(Country.of("CN")), null, Country.of("CN"), UsStatus.FOREIGN_PERSON, Country.of("US"));
        Person p2 = new Person("p2", "Harbin Engineering", "Emma Research LLC", Country.of("US"), List.of(), null, null,
                UsStatus.UNKNOWN, Country.of("US"));
        ResearchCase rc = new ResearchCase(1, "c1", "t", null, List.of(p1, p2), List.of());
        List<ScreeningHit> hits = new CaseScreener(INDEX).screen(rc);
        ScreeningHit aff = hits.stream().filter(h -> h.field().equals(ScreeningHit.FIELD_AFFILIATION)).findFirst().orElseThrow();
        assertEquals("p1", aff.person());
        assertEquals("e1", aff.entry());
        assertEquals("Harbin Institute of Technology", aff.matchedName());
        assertEquals("For all items subject to the EAR.", aff.licenseRequirement());
        assertEquals("Presumption of denial.", aff.licensePolicy());
        assertEquals("MATCH", aff.band());
        ScreeningHit name = hits.stream().filter(h -> h.field().equals(ScreeningHit.FIELD_NAME)).findFirst().orElseThrow();
        assertEquals("s1", name.entry());
        // person names are not screened against organisations, affiliations not against individuals
        assertTrue(hits.stream().noneMatch(h -> h.person().equals("p2")), hits.toString());
    }

    @Test
    void concurrentSearchesGiveTheSameAnswers() throws Exception {
        List<String> queries = List.of("Harbin Inst. of Tech.", "Sergei Ivanov", "Müller Präzisionstechnik", "张伟", "Emma Daniels");
        List<String> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(INDEX.search(q, 0.7).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < 200; r++) {
                        for (int i = 0; i < queries.size(); i++) {
                            if (!INDEX.search(queries.get(i), 0.7).toString().equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void crossScriptPairsFromSharedData() throws Exception {
        Path file = SharedData.file("names/cross_script_pairs.csv");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split(","));
        }
        List<ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            entries.add(entry("SDN", "x" + i, rows.get(i)[1], "Individual", List.of()));
        }
        ScreeningIndex idx = ScreeningIndex.build(List.of(list(entries.toArray(new ListEntry[0]))));
        List<String> failed = new ArrayList<>();
        int supported = 0;
        for (int i = 0; i < rows.size(); i++) {
            String q = rows.get(i)[0];
            // Supported scripts: Cyrillic, Greek, Arabic, Hebrew and Chinese read in Mandarin. Korean, Japanese and
            // Thai names (and Korean names written in Chinese characters) need readings ICU does not give.
            boolean supportedScript = q.codePoints().allMatch(cp -> {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                return s == Character.UnicodeScript.CYRILLIC || s == Character.UnicodeScript.GREEK || s == Character.UnicodeScript.ARABIC
                        || s == Character.UnicodeScript.HEBREW || s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.COMMON;
            }) && !rows.get(i)[3].contains("Korean") && !rows.get(i)[3].contains("Japanese");
            if (!supportedScript) {
                continue;
            }
            supported++;
            String id = "x" + i;
            boolean found = idx.search(q, ScreeningIndex.REVIEW_THRESHOLD).stream().anyMatch(m -> m.entryId().equals(id));
            if (!found) {
                failed.add(q + " → " + rows.get(i)[1] + " " + idx.search(q, 0.3));
            }
        }
        assertTrue(supported >= 14, "supported pairs: " + supported);
        // Known misses (docs/screening.md): the Greek nominative ending in "Alexandros" vs "Alexander" is 3 edits
        // away, and Hebrew vav read as a vowel drops the "v" of "David".
        assertEquals(List.of("Αλέξανδρος", "דוד"), failed.stream().map(f -> f.substring(0, f.indexOf(' '))).toList(), failed.toString());
    }
}
