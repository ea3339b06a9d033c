package org.collabrisk.screening;

import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.RestrictedList;
import org.collabrisk.domain.ScreeningList;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListImportersRealFilesTest {

    private static ScreeningList csl2022;

    /** The 2022 list, imported once for the tests that only read it. */
    private static synchronized ScreeningList csl2022() {
        if (csl2022 == null) {
            csl2022 = ListImporters.importFile(SharedData.file("csl/consolidated_2022-04.csv"));
        }
        return csl2022;
    }

    private static ListEntry byName(ScreeningList list, String name) {
        return list.entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry named " + name));
    }

    @Test
    void consolidatedList2022HasTheRowCountsPerList() throws Exception {
        var path = SharedData.file("csl/consolidated_2022-04.csv");
        ScreeningList list = csl2022();
        Map<String, Long> perList = list.entries().stream().collect(Collectors.groupingBy(ListEntry::list, Collectors.counting()));
        assertEquals(14_160, list.version().rows());
        // CAPTA 15268 appears twice, identically: the repeat is dropped
        assertEquals(14_159, list.entries().size());
        assertEquals(2_001L, perList.get("EL"));
        assertEquals(10_026L, perList.get("SDN"));
        assertEquals(727L, perList.get("DTC"));
        assertEquals(462L, perList.get("DPL"));
        assertEquals(201L, perList.get("UVL"));
        assertEquals(71L, perList.get("MEU"));
        assertEquals(52L, perList.get("CAPTA"));
        assertEquals(LocalDate.of(2022, 4, 1), list.version().asOf());
        assertTrue(list.version().source().contains("file name"), list.version().source());
        assertEquals(ListSource.sha256(Files.readAllBytes(path)), list.version().sha256());
        assertEquals(64, list.version().sha256().length());
        // ids are unique: suppressions and stored hits refer to them
        assertEquals(list.entries().size(), list.entries().stream().map(e -> e.list() + e.id()).distinct().count());
    }

    @Test
    void entityListRowsKeepLicenceFieldsAndAliases() {
        ScreeningList list = csl2022();
        ListEntry hit = byName(list, "Harbin Institute of Technology");
        assertEquals("EL", hit.list());
        assertTrue(hit.licenseRequirement().startsWith("For all items subject to the EAR"), hit.licenseRequirement());
        assertTrue(hit.licensePolicy().toLowerCase().contains("presumption of denial"), hit.licensePolicy());
        assertNotNull(hit.federalRegister());

        ListEntry buaa = byName(list, "Beijing University of Aeronautics and Astronautics (BUAA)");
        assertTrue(buaa.aliases().contains("Beihang University"), buaa.aliases().toString());
        assertTrue(buaa.aliases().contains("BUAA"), buaa.aliases().toString());
        assertTrue(buaa.aliases().contains("Beijing University of Aeronautics and Astronautics"), buaa.aliases().toString());

        // "and" prefixes of the last alias are dropped; a.k.a. clauses inside aliases are split out
        ListEntry cssc = list.entries().stream().filter(e -> e.name().startsWith("China State Shipbuilding Corporation, Limited (CSSC) 12th"))
                .findFirst().orElseThrow();
        assertTrue(cssc.aliases().contains("Thermal Processing Technology Research Institute"), cssc.aliases().toString());
        assertTrue(cssc.aliases().contains("Hot Working Technology Research Institute"), cssc.aliases().toString());

        // successor clauses are not part of the name
        ListEntry ardis = list.entries().stream().filter(e -> e.name().startsWith("Ardis Group of Companies")).findFirst().orElseThrow();
        assertEquals("Ardis Group of Companies LLC", ardis.name());

        // bracketed aka
        ListEntry astro = list.entries().stream().filter(e -> e.name().startsWith("Astronautics Research Institute")).findFirst().orElseThrow();
        assertEquals("Astronautics Research Institute", astro.name());
        assertTrue(astro.aliases().contains("Astronautics Systems Research Center"), astro.aliases().toString());

        // parenthesised a.k.a.
        ListEntry fetco = list.entries().stream().filter(e -> e.name().startsWith("Far East Trading Company")).findFirst().orElseThrow();
        assertEquals("Far East Trading Company, Inc.", fetco.name());
        assertTrue(fetco.aliases().contains("FETCO, Inc."), fetco.aliases().toString());
    }

    @Test
    void subordinateInstitutionsAreLinkedToTheirParent() {
        ScreeningList list = csl2022();
        Map<String, ListEntry> byId = list.entries().stream().collect(Collectors.toMap(e -> e.list() + e.id(), Function.identity()));
        ListEntry sub = list.entries().stream()
                .filter(e -> e.name().contains("Subordinate Institution - 201 Research Institute")).findFirst().orElseThrow();
        assertNotNull(sub.parentId(), "subordinate institution has a parent");
        assertEquals("China Aerospace Science and Industry Corporation Second Academy",
                byId.get(sub.list() + sub.parentId()).name());
        assertNull(byName(list, "Harbin Institute of Technology").parentId());
        // Entity List affiliates ("... Affiliated Entity: X") are named on their own and linked to the parent
        ListEntry affiliate = list.entries().stream().filter(e -> e.name().contains("Affiliated Entity:  Hangzhou Huawei Enterprises")
                || e.name().contains("Affiliated Entity: Hangzhou Huawei Enterprises")).findFirst().orElseThrow();
        assertTrue(affiliate.aliases().contains("Hangzhou Huawei Enterprises"), affiliate.aliases().toString());
        assertNotNull(affiliate.parentId());
        assertEquals("huawei technology co ltd", NameNormalizer.shared().key(byId.get(affiliate.list() + affiliate.parentId()).name()));
        // "X Co., Ltd." is not a subordinate of "X Co."
        assertTrue(list.entries().stream().filter(e -> e.name().equals("Huawei Technologies Co., Ltd.")).allMatch(e -> e.parentId() == null));
    }

    @Test
    void sdnIndividualsGetGivenNameFirstAlias() {
        ScreeningList list = csl2022();
        ListEntry e = list.entries().stream().filter(x -> x.name().equals("HEMMATI, Alireza")).findFirst().orElseThrow();
        assertTrue(e.aliases().contains("Alireza HEMMATI"), e.aliases().toString());
        assertEquals("Individual", e.type());
    }

    @Test
    void fixture2025CoversEveryListType() {
        ScreeningList list = ListImporters.importFile(SharedData.file("csl/consolidated_fixture_2025.csv"));
        assertEquals(13, list.version().rows());
        var codes = list.entries().stream().map(ListEntry::list).collect(Collectors.toSet());
        for (String c : new String[]{"SSI", "PLC", "ISN", "UVL", "MEU", "SDN", "DTC", "DPL", "FSE", "EL"}) {
            assertTrue(codes.contains(c), c + " in " + codes);
        }
        ListEntry isn = list.entries().stream().filter(e -> e.list().equals("ISN")).findFirst().orElseThrow();
        assertEquals("Sinobright Import and Export Company", isn.name());
        ListEntry meu = list.entries().stream().filter(e -> e.list().equals("MEU")).findFirst().orElseThrow();
        assertNotNull(meu.licenseRequirement());
    }

    @Test
    void oldLayoutWithoutIdIsReadWithDerivedIds() {
        ScreeningList list = ListImporters.importFile(SharedData.file("csl/consolidated_2019_sample_old_layout.csv"));
        assertEquals(115, list.version().rows());
        assertTrue(list.version().source().contains("28-column"), list.version().source());
        assertEquals(list.entries().size(), list.entries().stream().map(e -> e.list() + e.id()).distinct().count());
        assertEquals(22, list.entries().stream().filter(e -> e.list().equals(RestrictedList.EL.code())).count());
        // the same file imported twice gives the same ids (suppressions depend on them)
        ScreeningList again = ListImporters.importFile(SharedData.file("csl/consolidated_2019_sample_old_layout.csv"));
        assertEquals(list.entries().get(5).id(), again.entries().get(5).id());
    }

    @Test
    void ofacFullSetReadsAliasesAddressesAndComments() {
        ScreeningList list = ListImporters.importFile(SharedData.file("ofac/full_set_2021-07/sdn.csv"));
        assertEquals(8_976, list.entries().size());
        assertTrue(list.version().source().contains("alt.csv"), list.version().source());
        ListEntry bnc = list.entries().stream().filter(e -> e.id().equals("306")).findFirst().orElseThrow();
        assertEquals("BANCO NACIONAL DE CUBA", bnc.name());
        assertTrue(bnc.aliases().contains("NATIONAL BANK OF CUBA"), bnc.aliases().toString()); // alt.csv
        assertTrue(bnc.aliases().contains("BNC"), bnc.aliases().toString()); // weak a.k.a. in remarks
        assertTrue(bnc.countries().stream().anyMatch(c -> c.code().equals("CH")), bnc.countries().toString()); // add.csv
        assertEquals("CUBA", bnc.programs());
        ListEntry lazarusLinked = list.entries().stream().filter(e -> e.id().equals("28264")).findFirst().orElseThrow();
        assertTrue(lazarusLinked.aliases().contains("blackjack1987"), lazarusLinked.aliases().toString()); // sdn_comments.csv
    }

    @Test
    void ofacSmallFixtureAndThe2024File() {
        ScreeningList small = ListImporters.importFile(SharedData.file("ofac/fixtures_small/sdn.csv"));
        assertEquals(17, small.entries().size());
        ScreeningList y2024 = ListImporters.importFile(SharedData.file("ofac/sdn_2024-05-03.csv"));
        assertEquals(14_965, y2024.entries().size());
        assertEquals(LocalDate.of(2024, 5, 3), y2024.version().asOf());
        ListEntry individual = y2024.entries().stream().filter(e -> "Individual".equals(e.type())).findFirst().orElseThrow();
        assertTrue(individual.aliases().stream().anyMatch(a -> !a.contains(",")), individual.toString());
    }
}
