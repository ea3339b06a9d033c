package org.collabrisk.screening;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.domain.ScreeningList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importers on small hand-written files, good and broken. */
class ListImportersTest {

    private static final String CSL_HEADER = String.join(",", CslCsvImporter.COLUMNS);

    private static String cslRow(String id, String source, String type, String name, String alt, String licence, String policy) {
        String[] cells = new String[29];
        java.util.Arrays.fill(cells, "");
        cells[0] = id;
        cells[1] = source;
        cells[3] = type;
        cells[5] = name;
        cells[7] = "No. 92 West Dazhi Street, Harbin, CN";
        cells[8] = "85 FR 34495";
        cells[9] = "2020-06-05";
        cells[12] = licence;
        cells[13] = policy;
        cells[22] = alt;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }

    private static final String EL = "Entity List (EL) - Bureau of Industry and Security";

    private static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cslCsvWithBomAliasesAndSubordinateInstitute(@TempDir Path dir) throws Exception {
        String csv = "\uFEFF" + CSL_HEADER + "\n"
                + cslRow("a1", EL, "", "Harbin Institute of Technology", "HIT; and Harbin Gongye Daxue",
                "For all items subject to the EAR. (See §744.11 of the EAR)", "Presumption of denial") + "\n"
                + cslRow("a2", EL, "", "Harbin Institute of Technology, Shenzhen Research Institute; and any successor, sub-unit, or subsidiary thereof",
                "", "For all items subject to the EAR.", "Presumption of denial") + "\n";
        ScreeningList list = ListImporters.importFile(write(dir, "consolidated.csv", csv));
        assertEquals(2, list.entries().size());
        ListEntry hit = list.entries().get(0);
        assertEquals(List.of("HIT", "Harbin Gongye Daxue"), hit.aliases());
        assertEquals(List.of(org.collabrisk.domain.Country.of("CN")), hit.countries());
        assertEquals("85 FR 34495", hit.federalRegister());
        ListEntry sub = list.entries().get(1);
        assertEquals("Harbin Institute of Technology, Shenzhen Research Institute", sub.name());
        assertEquals("a1", sub.parentId());
        assertTrue(list.version().source().contains("modification date"), list.version().source());
    }

    @Test
    void cslJsonResults(@TempDir Path dir) throws Exception {
        String json = """
                {"total": 2, "results": [
                  {"id": "j1", "source": "Entity List (EL) - Bureau of Industry and Security", "entity_number": null,
                   "type": null, "programs": [], "name": "Beijing University of Aeronautics and Astronautics (BUAA)",
                   "addresses": [{"address": "37 Xueyuan Road", "city": "Beijing", "country": "CN"}],
                   "federal_register_notice": "85 FR 34501", "start_date": "2020-06-05",
                   "license_requirement": "For all items subject to the EAR.", "license_policy": "Presumption of denial.",
                   "alt_names": ["Beihang University"], "ids": []},
                  {"id": "j2", "source": "Specially Designated Nationals (SDN) - Treasury Department", "entity_number": 123,
                   "type": "Individual", "programs": ["IRAN"], "name": "HEMMATI, Alireza", "alt_names": []}
                ]}""";
        ScreeningList list = ListImporters.importFile(write(dir, "csl.json", json));
        assertEquals(2, list.entries().size());
        ListEntry buaa = list.entries().get(0);
        assertTrue(buaa.aliases().containsAll(List.of("Beihang University", "BUAA", "Beijing University of Aeronautics and Astronautics")),
                buaa.aliases().toString());
        assertEquals("Presumption of denial.", buaa.licensePolicy());
        assertEquals("SDN", list.entries().get(1).list());
        assertTrue(list.entries().get(1).aliases().contains("Alireza HEMMATI"));
    }

    @Test
    void customListCsv(@TempDir Path dir) throws Exception {
        String csv = "name,aliases,country,list,notes\n"
                + "Example Robotics Institute,ERI; Example Robotics Inst.,China,Office watchlist,added after 2025 review\n"
                + "Jane Q. Sample,,DE,EL,\n";
        ScreeningList list = ListImporters.importFile(write(dir, "office.csv", csv));
        assertEquals(2, list.entries().size());
        assertEquals("CUSTOM", list.entries().get(0).list());
        assertEquals(List.of("ERI", "Example Robotics Inst."), list.entries().get(0).aliases());
        assertEquals("Office watchlist", list.entries().get(0).programs());
        assertEquals("EL", list.entries().get(1).list());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> ListImporters.importFile(
                write(dir, "bad-country.csv", "name,aliases,country,list,notes\nA B,,Atlantis,x,\n")));
        assertTrue(bad.getMessage().contains("bad-country.csv line 2") && bad.getMessage().contains("Atlantis"), bad.getMessage());
    }

    @Test
    void ofacSetFromBytesAndSiblings(@TempDir Path dir) throws Exception {
        write(dir, "sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
                + "7,\"DOE, John\",\"individual\",\"SDGT] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1960; a.k.a. 'JD'.\"\n\u001A");
        write(dir, "ALT.CSV", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n");
        write(dir, "add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \n");
        ScreeningList list = ListImporters.importFile(dir.resolve("sdn.csv"));
        assertEquals(2, list.entries().size());
        ListEntry air = list.entries().get(0);
        assertEquals(List.of("AERO-CARIBBEAN"), air.aliases());
        assertEquals("CU", air.countries().get(0).code());
        ListEntry doe = list.entries().get(1);
        assertEquals("Individual", doe.type());
        assertEquals("SDGT; IRAN", doe.programs());
        assertTrue(doe.aliases().containsAll(List.of("JD", "John DOE")), doe.aliases().toString());
        // the same bytes without siblings
        ScreeningList fromBytes = ListImporters.importBytes(Files.readAllBytes(dir.resolve("sdn.csv")), "sdn.csv");
        assertEquals(2, fromBytes.entries().size());
        assertEquals(list.version().sha256(), fromBytes.version().sha256());
        InvalidInputException sibling = assertThrows(InvalidInputException.class, () -> ListImporters.importFile(dir.resolve("add.csv")));
        assertTrue(sibling.getMessage().contains("import sdn.csv"), sibling.getMessage());
    }

    private static String importError(Path dir, String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return assertThrows(InvalidInputException.class, () -> ListImporters.importFile(p)).getMessage();
    }

    @Test
    void brokenFilesAreRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        String good = cslRow("a1", EL, "", "Harbin Institute of Technology", "", "x", "y");
        String badQuote = CSL_HEADER + "\n" + good + "\n" + good.replace("\"Harbin", "\"Harbin \"Inst\" x") + "\n";
        String m = importError(dir, "badquote.csv", badQuote.getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("badquote.csv line 3") && m.contains("quoting"), m);

        String shortRow = CSL_HEADER + "\n" + good + "\n\"a3\",\"" + EL + "\",\"\",\"\",\"\",\"Short Row\"\n";
        m = importError(dir, "short.csv", shortRow.getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("short.csv line 3") && m.contains("expected 29 columns, found 6"), m);

        m = importError(dir, "wrongheader.csv", "id,source,name\n1,x,y\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("wrongheader.csv line 1") && m.contains("not a screening list"), m);

        m = importError(dir, "list.zip", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 1, 2});
        assertTrue(m.contains("binary"), m);

        byte[] latin1 = (CSL_HEADER + "\n" + good.replace("Harbin", "Universit\u00e9 de Harbin") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        m = importError(dir, "latin1.csv", latin1);
        assertTrue(m.contains("latin1.csv line 2") && m.contains("not UTF-8") && m.contains("0xE9"), m);

        m = importError(dir, "empty.csv", new byte[0]);
        assertTrue(m.contains("empty.csv") && m.contains("empty"), m);

        m = importError(dir, "headeronly.csv", (CSL_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("no rows"), m);

        m = importError(dir, "unknown-list.csv", (CSL_HEADER + "\n" + cslRow("z", "Some Other List", "", "A", "", "", "") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("unknown-list.csv line 2") && m.contains("source"), m);

        m = importError(dir, "broken.json", "{\"results\": [{\"name\": \"x\",}]}".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("broken.json line 1") && m.contains("not valid JSON"), m);

        m = importError(dir, "sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n12,\"X\",-0-\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("sdn.csv line 2") && m.contains("expected 12 columns"), m);

        String utf16 = importError(dir, "u16.csv", "\uFEFFname".getBytes(StandardCharsets.UTF_16));
        assertTrue(utf16.contains("UTF-16"), utf16);
    }

    @Test
    void nameSplittingRules() {
        var p = ListNames.parse("Rim Ryong Nam [DPRK Munitions Industry Department (MID) Official] (North Korean individual in China)", "", false);
        assertEquals("Rim Ryong Nam", p.name());
        assertEquals(List.of(), p.aliases());
        p = ListNames.parse("Chitron Electronics Company Ltd., a.k.a. Chi-Chung Electronics Company Ltd. (Chitron-Shenzhen)", "", false);
        assertEquals("Chitron Electronics Company Ltd.", p.name());
        assertEquals(List.of("Chi-Chung Electronics Company Ltd."), p.aliases());
        assertEquals(List.of("Chitron-Shenzhen"), p.notes(), "a place-like parenthesis is a note, not an alias");
        p = ListNames.parse("Zhongshan Trading (Hong Kong) Limited", "", false);
        assertEquals(List.of(), p.aliases(), "a place in parentheses is not an alias");
        p = ListNames.parse("Mexpar International, Inc. (a.k.a. Pasadena Aerospace; Aviation Logistics and Supply)", "", false);
        assertEquals("Mexpar International, Inc.", p.name());
        assertEquals(List.of("Pasadena Aerospace", "Aviation Logistics and Supply"), p.aliases());
        p = ListNames.parse("AVIC Chengdu Aircraft Industrial (GROUP) Co. Ltd.", "", false);
        assertEquals(List.of(), p.aliases(), "a generic word in parentheses is not an alias");
        p = ListNames.parse("Ahmad Asad Faour", "Ahmad Assad Fa?ur", false);
        assertEquals(List.of("Ahmad Assad Fa'ur"), p.aliases());
        p = ListNames.parse("China Aerospace Science and Industry Corporation (CASIC) Fourth Academy, and its sub-units and successors", "CASIC", false);
        assertEquals("China Aerospace Science and Industry Corporation (CASIC) Fourth Academy", p.name());
    }
}
