package org.collabrisk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.ScreeningList;
import org.collabrisk.exchange.Json;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.screening.NameMatch;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.screening.TokenPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.collabrisk.service.CaseAssessmentService;
import org.collabrisk.service.CaseService;
import org.collabrisk.store.Database;
import picocli.CommandLine.Mixin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code screen [--list FILE]... [--threshold T] [--format json|csv] (NAME... | --input FILE)} (product design,
 * "Command line"): screens names against restricted-party lists and prints, per query, every hit with the list, the
 * entry, the alias that matched, the score, the band and why.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen names or affiliations against restricted-party lists (trade.gov Consolidated Screening "
                + "List CSV/JSON, OFAC SDN CSV, custom list CSV). Each hit says which alias matched and why.",
                "Bands: MATCH at score >= " + ScreeningIndex.MATCH_THRESHOLD + ", REVIEW at >= "
                        + ScreeningIndex.REVIEW_THRESHOLD + " (docs/screening.md).",
                "A screening aid for the export-control office, not legal advice."})
public final class ScreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "names to screen (quote names with spaces)")
    List<String> names = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FILE",
            description = "names to screen: a CSV whose first column has the header 'name', or plain text with one name per line")
    Path input;

    @Option(names = "--list", paramLabel = "FILE", description = "a screening list file; repeatable")
    List<Path> lists = new ArrayList<>();

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--threshold", paramLabel = "T", description = "lowest score reported, 0-1 (default: "
            + ScreeningIndex.REVIEW_THRESHOLD + ")")
    Double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            throw new InvalidInputException("--format: '" + format + "' is not a format (use json or csv)");
        }
        double t = threshold == null ? ScreeningIndex.REVIEW_THRESHOLD : threshold;
        if (t <= 0 || t > 1 || Double.isNaN(t)) {
            throw new InvalidInputException("--threshold: " + threshold + " is not a score between 0 (exclusive) and 1");
        }
        if (input != null && !names.isEmpty()) {
            throw new InvalidInputException("give names on the command line or --input FILE, not both");
        }
        List<String> queries = input != null ? readQueries(input) : names;
        if (queries.isEmpty()) {
            throw new InvalidInputException("nothing to screen: give one or more NAMEs or --input FILE");
        }
        ScreeningIndex index = lists.isEmpty() ? listsInDatabase(err) : null;
        if (lists.isEmpty() && index == null) {
            err.println("collabrisk screen: no screening list given and none imported into the database "
                    + Database.dataFile(dbOptions.path()) + ". Pass --list FILE (a trade.gov Consolidated Screening "
                    + "List CSV/JSON, an OFAC sdn.csv or a custom list CSV with header name,aliases,country,list,notes), "
                    + "e.g. --list consolidated.csv, or import one with 'collabrisk lists import FILE'");
            return CollabRiskCommand.EXIT_BAD_INPUT;
        }
        if (index == null) {
            index = loadFiles(err);
        }
        return screen(index, queries, t, fmt, out, err);
    }

    private ScreeningIndex loadFiles(PrintWriter err) {
        List<ScreeningList> loaded = ListImporters.importAll(lists);
        for (ScreeningList l : loaded) {
            ListVersion v = l.version();
            err.printf(Locale.ROOT, "collabrisk screen: list %s: %,d rows, as of %s, SHA-256 %s (%s)%n", v.name(), v.rows(),
                    v.asOf(), v.sha256().substring(0, 12) + "…", v.source());
        }
        return ScreeningIndex.build(loaded);
    }

    /**
     * The lists in force in the database, or null when there is no database file yet (screening never creates
     * one) or it holds no list.
     */
    private ScreeningIndex listsInDatabase(PrintWriter err) {
        if (!Files.exists(Database.dataFile(dbOptions.path()))) {
            return null;
        }
        try (Database db = dbOptions.open()) {
            CaseAssessmentService.Screening s = new CaseAssessmentService(db, CaseService.defaultActor()).screening();
            if (!s.hasLists()) {
                return null;
            }
            for (ListVersion v : s.versions()) {
                err.printf(Locale.ROOT, "collabrisk screen: list %s from the database: %,d rows, as of %s, SHA-256 %s%n",
                        v.name(), v.rows(), v.asOf(), v.sha256().substring(0, 12) + "…");
            }
            return s.index();
        }
    }

    private int screen(ScreeningIndex index, List<String> queries, double t, String fmt, PrintWriter out,
                       PrintWriter err) throws IOException {
        List<List<NameMatch>> results = new ArrayList<>();
        for (String q : queries) {
            results.add(index.search(q, t));
        }
        if (fmt.equals("json")) {
            printJson(out, queries, results);
        } else {
            printCsv(out, queries, results);
        }
        out.flush();
        long hits = results.stream().mapToLong(List::size).sum();
        err.printf(Locale.ROOT, "collabrisk screen: %d name(s) screened, %d hit(s). A screening aid for the export-control "
                + "office, not legal advice.%n", queries.size(), hits);
        return CollabRiskCommand.EXIT_OK;
    }

    private static void printJson(PrintWriter out, List<String> queries, List<List<NameMatch>> results) throws IOException {
        ArrayNode root = Json.mapper().createArrayNode();
        for (int i = 0; i < queries.size(); i++) {
            ObjectNode q = root.addObject();
            q.put("query", queries.get(i));
            ArrayNode hits = q.putArray("hits");
            for (NameMatch m : results.get(i)) {
                ObjectNode h = hits.addObject();
                h.put("list", m.list());
                h.put("entry", m.entryId());
                h.put("entryName", m.entryName());
                h.put("matchedName", m.matchedName());
                h.put("score", m.score());
                h.put("band", m.band().name());
                if (m.matchedNameSource() != null) {
                    h.put("matchedNameSource", m.matchedNameSource());
                }
                if (!m.matchedQuery().equals(m.query())) {
                    h.put("matchedPart", m.matchedQuery());
                }
                ArrayNode tokens = h.putArray("alignedTokens");
                for (TokenPair p : m.alignedTokens()) {
                    ObjectNode tp = tokens.addObject();
                    tp.put("query", p.queryToken());
                    tp.put("entry", p.entryToken());
                    tp.put("similarity", p.similarity());
                }
                if (m.entry().licenseRequirement() != null) {
                    h.put("licenseRequirement", m.entry().licenseRequirement());
                }
                if (m.entry().licensePolicy() != null) {
                    h.put("licensePolicy", m.entry().licensePolicy());
                }
                h.put("why", m.why());
            }
        }
        out.println(Json.mapper().writeValueAsString(root));
    }

    private static void printCsv(PrintWriter out, List<String> queries, List<List<NameMatch>> results) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord("query", "list", "entry", "entryName", "matchedName", "score", "band", "alignedTokens", "why");
        for (int i = 0; i < queries.size(); i++) {
            for (NameMatch m : results.get(i)) {
                csv.printRecord(queries.get(i), m.list(), m.entryId(), m.entryName(), m.matchedName(),
                        String.format(Locale.ROOT, "%.3f", m.score()), m.band().name(),
                        String.join(" ", m.alignedTokens().stream().map(TokenPair::toString).toList()), m.why());
            }
        }
        csv.flush();
    }

    /** A CSV with a first column headed {@code name}, or plain text with one name per line. */
    static List<String> readQueries(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text; save it as UTF-8 and try again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(file + ": a binary file, not a list of names");
        }
        String first = text.lines().findFirst().orElse("").trim();
        List<String> out = new ArrayList<>();
        String firstCell = first.split(",", 2)[0].replace("\"", "").trim();
        if (firstCell.equalsIgnoreCase("name")) {
            CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (var parser = fmt.parse(new StringReader(text))) {
                for (CSVRecord r : parser) {
                    String v = r.get(0).trim();
                    if (!v.isEmpty()) {
                        out.add(v);
                    }
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new InvalidInputException(file + ": the CSV cannot be read (" + e.getMessage() + ")");
            }
            return out;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }
}
