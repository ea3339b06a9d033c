package org.collabrisk.screening;

import org.collabrisk.domain.ScreeningList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher against the real 2022 Consolidated Screening List (skipped when ../shared/data is absent). */
class ScreeningIndexRealListTest {

    private static ScreeningIndex index;

    @BeforeAll
    static void load() {
        ScreeningList csl = ListImporters.importFile(SharedData.file("csl/consolidated_2022-04.csv"));
        index = ScreeningIndex.build(List.of(csl));
    }

    private static Optional<NameMatch> hitOn(String query, String entryName) {
        return index.search(query, ScreeningIndex.REVIEW_THRESHOLD).stream()
                .filter(m -> m.entryName().equals(entryName)).findFirst();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Harbin Institute of Technology | Harbin Institute of Technology | Harbin Institute of Technology",
            "Harbin Inst. of Tech. | Harbin Institute of Technology | Harbin Institute of Technology",
            "HARBIN INST TECHNOLOGY | Harbin Institute of Technology | Harbin Institute of Technology",
            "Technology, Harbin Institute of | Harbin Institute of Technology | Harbin Institute of Technology",
            "Harbin Instiute of Technolgy | Harbin Institute of Technology | Harbin Institute of Technology",
            "哈尔滨工业大学 | Harbin Institute of Technology | 哈尔滨工业大学",
            "School of Computer Science, Harbin Institute of Technology, Shenzhen | Harbin Institute of Technology | Harbin Institute of Technology",
            "Beihang University | Beijing University of Aeronautics and Astronautics (BUAA) | Beihang University",
            "北京航空航天大学 | Beijing University of Aeronautics and Astronautics (BUAA) | 北京航空航天大学",
            "Beijing Univ. of Posts & Telecom. | Beijing University of Posts and Telecommunications (BUPT) | Beijing University of Posts and Telecommunications",
            "Natl. Univ. of Defense Tech. | National University of Defense Technology (NUDT) | National University of Defense Technology",
            "Московский физико-технический институт | Moscow Institute of Physics and Technology | Московский физико-технический институт",
            "Владимир Путин | PUTIN, Vladimir Vladimirovich | PUTIN, Vladimir",
            "Vladimir Putin | PUTIN, Vladimir Vladimirovich | PUTIN, Vladimir",
            "Nicolás Maduro Moros | MADURO MOROS, Nicolas | MADURO MOROS, Nicolas",
            "Sun Yat-sen University | Sun Yat-Sen University | Sun Yat-Sen University",
    })
    void findsListedNamesAndSaysWhichAliasMatched(String query, String entryName, String alias) {
        NameMatch m = hitOn(query, entryName).orElseThrow(() -> new AssertionError(query + " should find " + entryName
                + "; got " + index.search(query, 0.5)));
        assertEquals(alias, m.matchedName(), m.why());
        assertFalse(m.alignedTokens().isEmpty());
        assertTrue(m.score() >= ScreeningIndex.REVIEW_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
            "Harbin Engineering University | Harbin Institute of Technology",
            "Harbin Institute of Technology | Harbin Engineering University",
            "Beijing University of Technology | Beijing University of Aeronautics and Astronautics (BUAA)",
            "Beijing University of Technology | Beijing Institute of Technology",
            "Peking University | Beijing University of Posts and Telecommunications (BUPT)",
            "Emma Daniels | EMMA LLC",
            "BELLETECH CORP | 11420 CORP.",
            "哈尔滨工程大学 | Harbin Institute of Technology",
            "Harbin Chuangyue Technology | Harbin Institute of Technology",
            "Tianjin University of Technology | Tianjin University",
            "University of Science and Technology of China | University of Electronic Science and Technology of China",
    })
    void nearMissesDoNotMatch(String query, String entryName) {
        Optional<NameMatch> m = hitOn(query, entryName);
        assertTrue(m.isEmpty(), () -> query + " wrongly matched: " + m.get().why());
    }

    @Test
    void genericWordsAloneRaiseNothing() {
        for (String q : List.of("University", "Institute of Technology", "Technology Co., Ltd.", "CORP", "Research Institute",
                "Peking University", "Tsinghua University", "Emma Daniels", "BELLETECH CORP")) {
            List<NameMatch> hits = index.search(q, ScreeningIndex.REVIEW_THRESHOLD);
            assertTrue(hits.stream().noneMatch(h -> h.band() == MatchBand.MATCH), q + " → " + hits);
        }
    }

    @Test
    void everyHitNamesAnAliasOfItsEntry() {
        for (String q : List.of("Huawei", "Harbin", "Hikvision", "Mohammad Ali", "Rosoboronexport", "Beihang University")) {
            for (NameMatch m : index.search(q, 0.6)) {
                boolean listed = m.entry().allNames().contains(m.matchedName());
                assertTrue(listed || m.matchedNameSource() != null, m.why());
            }
        }
    }

    @Test
    void indexAgreesWithBruteForce() {
        for (String q : List.of("Harbin Institute of Technology", "Huawei Technologies", "Mohammad Ali", "Beijing Univ. of Tech.",
                "Nicolas Maduro", "Moscow Aviation Institute", "Rosoboronexport", "Tsinghua University", "Hemmati")) {
            List<String> fast = index.search(q, 0.7).stream().map(m -> m.entryId() + "=" + m.score()).toList();
            List<String> slow = index.searchBruteForce(q, 0.7, SearchOptions.DEFAULT).stream().map(m -> m.entryId() + "=" + m.score()).toList();
            assertEquals(slow, fast, q);
        }
    }
}
