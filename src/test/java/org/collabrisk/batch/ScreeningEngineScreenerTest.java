package org.collabrisk.batch;

import org.collabrisk.screening.ListImporters;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningEngineScreenerTest {

    @Test
    void anAliasThatIsOnlyAPlaceNameDoesNotFlagEveryAffiliationThere() {
        String list = "name,aliases,country,list,notes\n"
                + "Leader International Trading Limited,Hong Kong;Leader Intl Trading,HK,SDN,hand-made: a place as alias\n";
        ScreeningEngineScreener s = new ScreeningEngineScreener(List.of(
                ListImporters.importBytes(list.getBytes(StandardCharsets.UTF_8), "places.csv")));
        assertEquals(List.of(), s.search("The University of Hong Kong", 0.80, NameKind.ORGANISATION));
        assertEquals(List.of(), s.search("Hong Kong", 0.80, NameKind.ORGANISATION));
        List<ScreenedMatch> real = s.search("Leader International Trading Limited", 0.80, NameKind.ORGANISATION);
        assertFalse(real.isEmpty());
        assertEquals("SDN", real.get(0).list());
        assertEquals("MATCH", real.get(0).band());
    }

    @Test
    void placeNamesAreRecognisedButAcronymsAreNot() {
        assertTrue(ScreeningEngineScreener.isOnlyAPlaceName("HONG KONG"));
        assertTrue(ScreeningEngineScreener.isOnlyAPlaceName("Russian Federation"));
        assertFalse(ScreeningEngineScreener.isOnlyAPlaceName("MIT"));
        assertFalse(ScreeningEngineScreener.isOnlyAPlaceName("Harbin Institute of Technology"));
    }
}
