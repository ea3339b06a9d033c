package org.collabrisk.service;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListEntry;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.Database;
import org.collabrisk.store.StoredList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ListServiceTest {

    public static final String HEADER = "name,aliases,country,list,notes\n";
    public static final String V1 = HEADER
            + "Northwind Robotics Institute,NRI;Northwind Institute,CN,EL,invented\n"
            + "Acme Photonics,,RU,EL,invented\n"
            + "Blue Harbor Trading,,IR,SDN,invented\n";
    /** Acme gets an alias (changed), Blue Harbor is gone (removed), Crimson Labs is new (added). */
    public static final String V2 = HEADER
            + "Northwind Robotics Institute,NRI;Northwind Institute,CN,EL,invented\n"
            + "Acme Photonics,Acme Optical,RU,EL,invented\n"
            + "Crimson Labs,,CN,EL,invented\n";

    @TempDir
    Path dir;
    Database db;
    ListService lists;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lists"));
        lists = new ListService(db, "tester");
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void importStoresMetadataEntriesAndTheRawFile() throws Exception {
        Path f = write("office-list_2026-01-05.csv", V1);
        ListService.ImportResult r = lists.importFile(f);
        assertFalse(r.alreadyImported());
        StoredList l = r.list();
        assertEquals("office-list_2026-01-05.csv", l.name());
        assertEquals(java.time.LocalDate.of(2026, 1, 5), l.asOf());
        assertEquals(3, l.rows());
        assertEquals(Map.of("EL", 2, "SDN", 1), l.entriesByList());
        assertEquals("tester", l.importedBy());
        assertArrayEquals(Files.readAllBytes(f), lists.rawBytes(l.id()));
        // the stored raw bytes re-import to exactly the same entries
        assertEquals(ListImporters.importFile(f).entries(),
                ListImporters.importBytes(lists.rawBytes(l.id()), l.fileName()).entries());
        // entries round-trip through the database unchanged
        assertEquals(ListImporters.importFile(f).entries(), lists.activeEntries().entries().stream()
                .sorted(java.util.Comparator.comparing(ListEntry::list).reversed()).toList().stream()
                .sorted(java.util.Comparator.comparing(ListEntry::name, (a, b) -> order(a) - order(b))).toList());
        assertTrue(r.changes().stream().allMatch(d -> d.previousListId() == null));
        assertEquals(3, r.changes().stream().mapToInt(d -> d.added().size()).sum());
        List<AuditEntry> audit = new AuditService(db).entries("list:" + l.id());
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).detail().contains(l.sha256()));
    }

    private static int order(String name) {
        return V1.indexOf(name);
    }

    @Test
    void theSameFileIsNotImportedTwice() throws Exception {
        Path f = write("a.csv", V1);
        long id = lists.importFile(f).list().id();
        ListService.ImportResult again = lists.importFile(write("copy-of-a.csv", V1));
        assertTrue(again.alreadyImported());
        assertEquals(id, again.list().id());
        assertEquals(1, lists.all().size());
    }

    @Test
    void newerVersionIsDiffedByEntryIdAndFingerprint() throws Exception {
        long first = lists.importFile(write("v1.csv", V1)).list().id();
        ListService.ImportResult r = lists.importFile(write("v2.csv", V2));
        ListDiff el = r.changes().stream().filter(d -> d.listCode().equals("EL")).findFirst().orElseThrow();
        assertEquals(first, el.previousListId());
        assertEquals(List.of("Crimson Labs"), el.added().stream().map(ListEntry::name).toList());
        assertEquals(List.of("Acme Photonics"), el.changed().stream().map(c -> c.after().name()).toList());
        assertEquals(List.of("Acme Optical"), el.changed().get(0).after().aliases());
        assertTrue(el.removed().isEmpty());
        // v2 holds no SDN entry: the SDN list in force stays the one of v1
        Map<String, StoredList> active = lists.active();
        assertEquals(first, active.get("SDN").id());
        assertEquals(r.list().id(), active.get("EL").id());
        List<String> names = lists.activeEntries().entries().stream().map(ListEntry::name).sorted().toList();
        assertEquals(List.of("Acme Photonics", "Blue Harbor Trading", "Crimson Labs", "Northwind Robotics Institute"),
                names);
    }

    @Test
    void removedEntriesAreReported() throws Exception {
        lists.importFile(write("v1.csv", V1));
        ListService.ImportResult r = lists.importFile(write("v3.csv", HEADER
                + "Northwind Robotics Institute,NRI;Northwind Institute,CN,EL,invented\n"
                + "Blue Harbor Trading,,IR,SDN,invented\n"));
        ListDiff el = r.changes().stream().filter(d -> d.listCode().equals("EL")).findFirst().orElseThrow();
        assertEquals(List.of("Acme Photonics"), el.removed().stream().map(ListEntry::name).toList());
        assertTrue(r.changes().stream().filter(d -> d.listCode().equals("SDN")).findFirst().orElseThrow().isEmpty());
    }

    @Test
    void badListFileImportsNothing() throws Exception {
        Path bad = write("bad.csv", HEADER + "Good Name,,CN,EL,\nBad Country Co,,Atlantis,EL,\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lists.importFile(bad));
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
        assertTrue(lists.all().isEmpty());
    }

    @Test
    void importsTheRealConsolidatedScreeningList() throws Exception {
        Path csl = Path.of(System.getProperty("collabrisk.shared.data", "../shared/data"), "csl",
                "consolidated_2022-04.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csl), "shared data not present");
        ListService.ImportResult r = lists.importFile(csl);
        int stored = r.list().entriesByList().values().stream().mapToInt(Integer::intValue).sum();
        long t0 = System.nanoTime();
        int parsed = ListImporters.importFile(csl).entries().size();
        System.out.printf("CSL: %d entries stored; parsing alone takes %d ms%n", stored, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(parsed, stored);
        assertTrue(r.list().entriesByList().get("EL") > 1000, r.list().entriesByList().toString());
        assertArrayEquals(Files.readAllBytes(csl), lists.rawBytes(r.list().id()));
    }
}
