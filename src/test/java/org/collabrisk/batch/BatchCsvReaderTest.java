package org.collabrisk.batch;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCsvReaderTest {

    static byte[] fixture() {
        try (InputStream in = BatchCsvReaderTest.class.getResourceAsStream("papers_small.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BatchInput readFixture() {
        return new BatchCsvReader().read(fixture(), "papers_small.csv");
    }

    private static BatchRow row(BatchInput in, String author) {
        return in.rows().stream().filter(r -> r.author().equals(author)).findFirst().orElseThrow();
    }

    @Test
    void headerIsMatchedCaseInsensitivelyInAnyOrderAndExtraColumnsAreIgnored() {
        BatchInput in = readFixture();
        BatchRow alice = row(in, "Alice Example");
        assertEquals("p1", alice.paperId());
        assertEquals("Safe Sharing of Weights", alice.title());
        assertEquals(List.of("Moscow Institute of Physics and Technology"), alice.affiliations());
        assertEquals(List.of(Country.of("RU")), alice.countries());
        assertEquals("phystech.edu", alice.emailDomain());
        assertEquals(2, alice.line());
        assertEquals(15, in.recordsRead());
        assertEquals(13, in.rows().size());
    }

    @Test
    void plusJoinsAffiliationsAndCountriesPositionally() {
        BatchInput in = readFixture();
        BatchRow li = row(in, "Li Na");
        assertEquals(List.of("Tsinghua University", "Harbin Institute of Technology"), li.affiliations());
        assertEquals(Arrays.asList(Country.of("CN"), Country.of("CN")), li.affiliationCountries());
        BatchRow omar = row(in, "Omar Haddad");
        assertEquals(Arrays.asList(Country.of("CA"), Country.of("SY")), omar.affiliationCountries());
    }

    @Test
    void countryCodesAndNamesAreBothResolved() {
        BatchInput in = readFixture();
        assertEquals(List.of(Country.of("CA")), row(in, "Bob Example").countries());
        assertEquals(List.of(Country.of("IR")), row(in, "Reza Ahmadi").countries());
    }

    @Test
    void missingPaperIdAndMissingAuthorAreSkippedWithTheirLineNumbers() {
        BatchInput in = readFixture();
        RowProblem noId = in.problems().stream().filter(p -> p.line() == 13).findFirst().orElseThrow();
        assertEquals(RowProblem.Severity.SKIPPED, noId.severity());
        assertEquals("paper_id", noId.field());
        RowProblem noAuthor = in.problems().stream().filter(p -> p.line() == 14).findFirst().orElseThrow();
        assertEquals(RowProblem.Severity.SKIPPED, noAuthor.severity());
        assertEquals("author", noAuthor.field());
        assertTrue(noAuthor.describe("papers_small.csv").startsWith("papers_small.csv line 14, column 'author'"));
        assertEquals(2, in.skippedRows());
    }

    @Test
    void unknownCountryNameIsReportedNotGuessedAndTheRowIsStillScreened() {
        BatchInput in = readFixture();
        RowProblem atlantis = in.problems().stream().filter(p -> p.line() == 12).findFirst().orElseThrow();
        assertEquals(RowProblem.Severity.WARNING, atlantis.severity());
        assertTrue(atlantis.problem().contains("'Atlantis'"), atlantis.problem());
        BatchRow mary = row(in, "Mary Unknown");
        assertEquals(List.of(), mary.countries());
        assertNull(mary.affiliationCountries().get(0));
        // "Unknown" is a marker for no data, not a country name to complain about.
        assertEquals(List.of(), row(in, "Ali Sanctioned").countries());
        assertEquals(3, in.problems().size());
    }

    @Test
    void byteOrderMarkIsAcceptedAndDoesNotChangeTheRows() {
        byte[] plain = fixture();
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        BatchInput in = new BatchCsvReader().read(bom, "bom.csv");
        assertEquals(readFixture().rows(), in.rows());
    }

    @Test
    void rowsWithBytesThatAreNotUtf8AreSkippedAndTheOthersKept() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("paper_id,title,author,affiliation,country,email_domain\n".getBytes(StandardCharsets.UTF_8));
        b.write("p1,Fine,Ana,Lab A,Spain,a.es\n".getBytes(StandardCharsets.UTF_8));
        b.write("p2,Latin-1,Jos".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // 'é' in ISO-8859-1: not UTF-8
        b.write(",Lab B,Spain,b.es\n".getBytes(StandardCharsets.UTF_8));
        b.write("p3,Also fine,Zoë,Lab C,Germany,c.de\n".getBytes(StandardCharsets.UTF_8));
        BatchInput in = new BatchCsvReader().read(b.toByteArray(), "mixed.csv");
        assertEquals(List.of("Ana", "Zoë"), in.rows().stream().map(BatchRow::author).toList());
        assertEquals(1, in.problems().size());
        assertEquals(3, in.problems().get(0).line());
        assertTrue(in.problems().get(0).problem().contains("UTF-8"));
    }

    @Test
    void quotedNewlinesKeepLineNumbersOfLaterRowsRight() {
        String csv = "paper_id,title,author,affiliation,country\n"
                + "p1,\"A title\nover two lines\",Ana,Lab,Spain\n"
                + "\n"
                + "p2,T,,Lab,Spain\n";
        BatchInput in = new BatchCsvReader().read(csv.getBytes(StandardCharsets.UTF_8), "nl.csv");
        assertEquals(5, in.problems().get(0).line());
        assertEquals(2, in.rows().get(0).line());
    }

    @Test
    void aFileThatIsNotABatchIsRefusedWithOneSentenceNamingIt() {
        BatchCsvReader r = new BatchCsvReader();
        InvalidInputException noColumn = assertThrows(InvalidInputException.class,
                () -> r.read("paper,title,author\np1,T,A\n".getBytes(StandardCharsets.UTF_8), "x.csv"));
        assertTrue(noColumn.getMessage().startsWith("x.csv line 1: the header has no 'paper_id' column"), noColumn.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> r.read(new byte[0], "e.csv"));
        assertTrue(empty.getMessage().startsWith("e.csv: the file is empty"));
        assertThrows(InvalidInputException.class, () -> r.read(new byte[]{(byte) 0xFF, (byte) 0xFE, 'p', 0}, "u16.csv"));
        InvalidInputException quote = assertThrows(InvalidInputException.class, () -> r.read(
                "paper_id,title,author,affiliation\np1,\"unclosed,A,B\n".getBytes(StandardCharsets.UTF_8), "q.csv"));
        assertTrue(quote.getMessage().startsWith("q.csv: not a readable CSV file"), quote.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> r.read(java.nio.file.Path.of("/nonexistent/papers.csv")));
        assertTrue(missing.getMessage().contains("no such file"));
    }

    @Test
    void hashIsTheSha256OfTheFileBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", BatchCsvReader.sha256(new byte[0]));
        assertEquals(64, readFixture().sha256().length());
    }
}
