package org.collabrisk.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the conference batch CSV of the product design: {@code paper_id,title,author,affiliation,country,email_domain},
 * one row per author, header names matched case-insensitively in any order, extra columns ignored, UTF-8 with or
 * without a byte-order mark. Several affiliations of one author are joined by {@code +}; the country cell may be
 * joined the same way (one country per affiliation) and holds names or alpha-2 codes.
 *
 * <p>Rows that cannot be used are reported with their line number and skipped (missing paper id, missing author,
 * bytes that are not UTF-8); an unrecognised country name is reported and treated as unknown, never guessed.
 * Only a file that cannot be read as CSV at all (no header, missing required column, broken quoting) is refused
 * as a whole, with one sentence naming the file and line. Not thread-safe: use one reader per thread.
 */
public final class BatchCsvReader {

    public static final String PAPER_ID = "paper_id";
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String AFFILIATION = "affiliation";
    public static final String COUNTRY = "country";
    public static final String EMAIL_DOMAIN = "email_domain";
    private static final List<String> REQUIRED = List.of(PAPER_ID, AUTHOR, AFFILIATION);

    /** Country cells that say "we do not know": treated as unknown without a warning. */
    private static final Set<String> UNKNOWN_MARKERS = Set.of("unknown", "n/a", "na", "none", "-", "?", "null");

    private final Map<String, Optional<Country>> countryCache = new HashMap<>();

    public BatchInput read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, file.toString());
    }

    public BatchInput read(byte[] bytes, String fileName) {
        String sha256 = sha256(bytes);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InvalidInputException(fileName + ": the file is UTF-16; save it as UTF-8 (with or without BOM)");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        boolean badBytes = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            // Not valid UTF-8 somewhere: decode with U+FFFD and skip exactly the rows that contain it.
            buf.rewind();
            badBytes = true;
            text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        }
        return parse(text, fileName, sha256, badBytes);
    }

    private BatchInput parse(String text, String fileName, String sha256, boolean badBytes) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        List<BatchRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        long records = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            Map<String, Integer> columns = null;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord rec = it.next();
                if (isBlank(rec)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(rec, fileName, line);
                    continue;
                }
                records++;
                readRow(rec, line, columns, badBytes, rows, problems);
            }
            if (columns == null) {
                throw new InvalidInputException(fileName + ": the file is empty (expected a header line "
                        + "paper_id,title,author,affiliation,country,email_domain)");
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(fileName + ": not a readable CSV file ("
                    + Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new InvalidInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new BatchInput(fileName, sha256, records, rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord rec, String fileName, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            columns.putIfAbsent(name, i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException(fileName + " line " + line + ": the header has no '" + required
                        + "' column (expected paper_id,title,author,affiliation,country,email_domain; found "
                        + String.join(",", rec.toList()) + ")");
            }
        }
        return columns;
    }

    private void readRow(CSVRecord rec, long line, Map<String, Integer> columns, boolean badBytes,
                         List<BatchRow> rows, List<RowProblem> problems) {
        String paperId = cell(rec, columns, PAPER_ID);
        String author = cell(rec, columns, AUTHOR);
        if (badBytes) {
            for (String v : rec) {
                if (v.indexOf('\uFFFD') >= 0) {
                    problems.add(new RowProblem(line, null, RowProblem.Severity.SKIPPED,
                            "bytes that are not valid UTF-8 (save the file as UTF-8)"));
                    return;
                }
            }
        }
        if (paperId.isEmpty()) {
            problems.add(new RowProblem(line, PAPER_ID, RowProblem.Severity.SKIPPED, "paper_id is empty"));
            return;
        }
        if (author.isEmpty()) {
            problems.add(new RowProblem(line, AUTHOR, RowProblem.Severity.SKIPPED,
                    "author is empty for paper '" + paperId + "'"));
            return;
        }
        List<String> affiliations = new ArrayList<>();
        for (String part : cell(rec, columns, AFFILIATION).split("\\+")) {
            String a = part.strip();
            if (!a.isEmpty()) {
                affiliations.add(a);
            }
        }
        String countryText = cell(rec, columns, COUNTRY);
        List<Country> perPart = new ArrayList<>();
        for (String part : countryText.isEmpty() ? new String[0] : countryText.split("\\+", -1)) {
            String c = part.strip();
            if (c.isEmpty() || UNKNOWN_MARKERS.contains(c.toLowerCase(Locale.ROOT))) {
                perPart.add(null);
                continue;
            }
            // A batch repeats a few dozen country strings thousands of times: resolve each once.
            Optional<Country> parsed = countryCache.computeIfAbsent(c, Country::parse);
            if (parsed.isEmpty()) {
                problems.add(new RowProblem(line, COUNTRY, RowProblem.Severity.WARNING,
                        "unknown country '" + c + "': treated as unknown, not guessed"));
            }
            perPart.add(parsed.orElse(null));
        }
        List<Country> perAffiliation = new ArrayList<>();
        for (int i = 0; i < affiliations.size(); i++) {
            Country c = null;
            if (perPart.size() == affiliations.size()) {
                c = perPart.get(i);
            } else if (perPart.size() == 1) {
                c = perPart.get(0);
            }
            perAffiliation.add(c);
        }
        Set<Country> all = new LinkedHashSet<>();
        for (Country c : perPart) {
            if (c != null) {
                all.add(c);
            }
        }
        rows.add(new BatchRow(line, paperId, cell(rec, columns, TITLE), author, affiliations, countryText,
                perAffiliation, new ArrayList<>(all), cell(rec, columns, EMAIL_DOMAIN)));
    }

    private static String cell(CSVRecord rec, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= rec.size() ? "" : rec.get(i).strip();
    }

    private static boolean isBlank(CSVRecord rec) {
        for (String v : rec) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
