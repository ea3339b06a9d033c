package org.collabrisk.cli;

import org.collabrisk.batch.BatchReports;
import org.collabrisk.batch.BatchResult;
import org.collabrisk.batch.BatchRunStore;
import org.collabrisk.batch.BatchRunner;
import org.collabrisk.batch.BatchSettings;
import org.collabrisk.batch.FlaggedPaper;
import org.collabrisk.batch.RowProblem;
import org.collabrisk.batch.ScreenerFactory;
import org.collabrisk.batch.ScreeningPolicy;
import org.collabrisk.service.BatchRunService;
import org.collabrisk.store.Database;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code batch PAPERS.csv [--list FILE]... [--policy sdn|sdn+el|all] [--threshold T] [--out REPORT.csv]
 * [--html REPORT.html] [--format json]}: screens a conference's accepted papers (one row per author) and prints
 * the short list of papers a human must look at. Progress goes to stderr, the summary (or JSON) to stdout. The run
 * is kept in the database ({@code --db}) for audit.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Screen a conference batch (paper_id,title,author,affiliation,country,email_domain; one row "
                + "per author) against restricted-party lists and list the papers to look at, with reasons.",
                "A screening aid for the export-control office, not legal advice."})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPERS.csv", description = "the batch CSV")
    Path papers;

    @Option(names = "--list", paramLabel = "FILE",
            description = "a screening list file (CSL CSV/JSON, OFAC SDN CSV, custom list CSV); repeatable")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "sdn",
            description = "which list hits count: sdn (NeurIPS 2026), sdn+el, all (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--threshold", paramLabel = "T", description = "match score threshold, 0-1 (default: "
            + BatchSettings.DEFAULT_THRESHOLD + ")")
    Double threshold;

    @Option(names = "--out", paramLabel = "REPORT.csv", description = "CSV report: one row per flagged paper and reason")
    Path out;

    @Option(names = "--html", paramLabel = "REPORT.html", description = "self-contained HTML summary")
    Path html;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "stdout format: text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--threads", paramLabel = "N", hidden = true, description = "screening threads")
    Integer threads;

    @picocli.CommandLine.Mixin
    DbOptions db;

    private final ScreenerFactory screeners;

    public BatchCommand() {
        this(org.collabrisk.batch.ScreeningEngineScreener.factory());
    }

    public BatchCommand(ScreenerFactory screeners) {
        this.screeners = screeners;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new InvalidInputException("--format: '" + format + "' is not a format (use text or json)");
        };
        ScreeningPolicy chosen = ScreeningPolicy.parse(policy);
        BatchSettings settings = new BatchSettings(chosen,
                threshold == null ? BatchSettings.DEFAULT_THRESHOLD : threshold,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        if (lists.isEmpty()) {
            err.println("collabrisk batch: no screening list given. Pass --list FILE (a trade.gov Consolidated "
                    + "Screening List CSV/JSON, an OFAC SDN CSV or a custom list CSV with header "
                    + "name,aliases,country,list,notes), e.g. --list consolidated.csv");
            return CollabRiskCommand.EXIT_BAD_INPUT;
        }

        ProgressPrinter progress = new ProgressPrinter(err);
        // Open the database first: a refused or locked database fails before minutes of work, not after.
        try (Database database = db.open()) {
            BatchResult result = new BatchRunner(screeners).run(papers, lists, settings, progress, () -> false);
            progress.finish();
            return finish(result, new BatchRunService(database), json, err, stdout);
        }
    }

    private int finish(BatchResult result, BatchRunStore store, boolean json, PrintWriter err, PrintWriter stdout) {

        for (RowProblem p : result.problems().stream().limit(20).toList()) {
            err.println("collabrisk batch: " + p.describe(papers.toString()));
        }
        if (result.problems().size() > 20) {
            err.println("collabrisk batch: … and " + (result.problems().size() - 20)
                    + " more row problems (all of them are in the JSON output and the HTML report)");
        }

        long reportStart = System.nanoTime();
        BatchReports.saveAll(result, out, html);
        result.timingsMillis().put("report", (System.nanoTime() - reportStart) / 1_000_000);
        String savedAt = store.save(result);

        if (json) {
            stdout.println(BatchReports.toJson(result));
        } else {
            printSummary(stdout, result, savedAt);
        }
        stdout.flush();
        return CollabRiskCommand.EXIT_OK;
    }

    private void printSummary(PrintWriter o, BatchResult r, String savedAt) {
        o.printf(Locale.ROOT, "Batch %s: %d papers, %d author rows used (%d skipped, %d warnings), %d distinct names screened%n",
                papers, r.papers(), r.rowsUsed(), r.input().rowsSkipped(), r.input().warnings(), r.distinctNamesScreened());
        o.printf(Locale.ROOT, "Policy %s (%s), threshold %.2f%n", r.policy(), r.policyDescription(), r.threshold());
        for (ListVersion v : r.lists()) {
            o.printf(Locale.ROOT, "List %s: %s, as of %s, %d rows, SHA-256 %s%n", v.name(), v.source(), v.asOf(),
                    v.rows(), v.sha256());
        }
        o.printf(Locale.ROOT, "Papers to look at: %d (%d with a MATCH-band hit)%n", r.flaggedPapers(),
                r.flagged().stream().filter(p -> "MATCH".equals(p.band())).count());
        for (Map.Entry<String, Integer> e : r.flaggedPapersByList().entrySet()) {
            o.printf(Locale.ROOT, "  %-8s %d papers%n", e.getKey(), e.getValue());
        }
        if (!r.hitsOutsidePolicy().isEmpty()) {
            o.println("Hits on lists outside the policy (not in the short list): " + r.hitsOutsidePolicy());
        }
        int shown = 0;
        for (FlaggedPaper p : r.flagged()) {
            if (shown++ == 15) {
                o.println("  … " + (r.flagged().size() - 15) + " more in the reports");
                break;
            }
            var f = p.findings().get(0);
            o.printf(Locale.ROOT, "  %-7s %s  %s: %s '%s' -> %s %s%n", p.band(), p.paperId(), f.field(),
                    f.author(), f.value(), f.list(), f.entryName());
        }
        if (out != null) {
            o.println("CSV report: " + out);
        }
        if (html != null) {
            o.println("HTML report: " + html);
        }
        o.println("Run record (audit): " + savedAt);
        o.println(r.citizenshipNote());
        o.println(r.notice());
        o.printf(Locale.ROOT, "Time: %s ms%n", r.timingsMillis());
    }

    /** Prints phase changes and every 10 % of screening on stderr. */
    static final class ProgressPrinter implements org.collabrisk.batch.BatchProgress {
        private final PrintWriter err;
        private String phase = "";
        private long lastTenth = -1;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void update(String newPhase, long done, long total) {
            switch (newPhase) {
                case "lists" -> {
                    if (done == 0) {
                        err.println("loading " + total + " list file(s)…");
                    }
                }
                case "import" -> {
                    if (done > 0) {
                        err.printf(Locale.ROOT, "rows read: %,d%n", done);
                    }
                }
                case "screening" -> {
                    long tenth = total == 0 ? 10 : done * 10 / total;
                    if (!phase.equals(newPhase) || tenth != lastTenth) {
                        err.printf(Locale.ROOT, "names screened: %,d / %,d (%d%%)%n", done, total,
                                total == 0 ? 100 : done * 100 / total);
                        lastTenth = tenth;
                    }
                }
                default -> err.println(newPhase + " " + done + "/" + total);
            }
            phase = newPhase;
            err.flush();
        }

        void finish() {
            err.flush();
        }
    }
}
