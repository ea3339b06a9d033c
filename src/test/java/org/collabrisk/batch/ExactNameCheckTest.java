package org.collabrisk.batch;

import org.collabrisk.domain.ListEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactNameCheckTest {

    private static final List<ListEntry> ENTRIES = List.of(
            new ListEntry("EL", "e1", "Harbin Institute of Technology", List.of("HIT"), "Entity", List.of(), null, null, null, null, null, null),
            new ListEntry("EL", "e2", "Moscow Institute of Physics and Technology", List.of(), "Entity", List.of(), null, null, null, null, null, null),
            new ListEntry("SDN", "s1", "Sharif University of Technology", List.of(), "Entity", List.of(), null, null, null, null, null, null));

    @Test
    void expectsPapersWhoseAffiliationExactlyNamesAnEntryOfTheList() {
        BatchInput input = BatchCsvReaderTest.readFixture();
        BatchResult sdnEl = new BatchScreener(FixtureScreener.fromResource("custom_list.csv"),
                new BatchSettings(ScreeningPolicy.SDN_EL, 0.80, 1)).screen(input);
        ExactNameCheck.Outcome o = ExactNameCheck.check(ENTRIES, "EL", input, sdnEl);
        // p1 (MIPT) and p2 (HIT, also behind a '+'); p3's "..., Xian Campus" is not an exact name; SDN entries do not count.
        assertEquals(Set.of("p1", "p2"), o.expected().keySet());
        assertTrue(o.allFound());

        BatchResult sdnOnly = new BatchScreener(FixtureScreener.fromResource("custom_list.csv"),
                new BatchSettings(ScreeningPolicy.SDN, 0.80, 1)).screen(input);
        ExactNameCheck.Outcome missing = ExactNameCheck.check(ENTRIES, "EL", input, sdnOnly);
        assertFalse(missing.allFound());
        assertEquals(Set.of("p1", "p2"), missing.missed());
    }

    @Test
    void normalisationFoldsCaseAccentsAndPunctuation() {
        assertEquals("ecole polytechnique federale de lausanne", ExactNameCheck.normalise("École Polytechnique Fédérale de Lausanne"));
        assertEquals("a and b co ltd", ExactNameCheck.normalise("A&B Co., Ltd."));
    }
}
