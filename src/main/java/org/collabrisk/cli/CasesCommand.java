package org.collabrisk.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.exchange.Json;
import org.collabrisk.service.CaseService;
import org.collabrisk.service.SaveResult;
import org.collabrisk.service.StoredCase;
import org.collabrisk.store.CaseRevision;
import org.collabrisk.store.CaseSummary;
import org.collabrisk.store.Database;
import org.collabrisk.store.Decision;
import org.collabrisk.store.StoredAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code collabrisk cases ...}: the saved cases in the database. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Saved cases: import, list, show, export, assess, decide, archive, delete.",
        subcommands = {
                CasesCommand.Import.class, CasesCommand.ListCases.class, CasesCommand.Show.class,
                CasesCommand.Export.class, CasesAssessCommand.class, CasesCommand.Dispose.class, CasesCommand.Decide.class,
                CasesCommand.Archive.class, CasesCommand.Delete.class
        })
public final class CasesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import case files (one case or an array of cases each), all or nothing.")
    static final class Import implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Case JSON files.")
        List<Path> files;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = dbOptions.open()) {
                List<SaveResult> results = new CaseService(db).importFiles(files);
                Map<SaveResult.Change, Integer> counts = new LinkedHashMap<>();
                for (SaveResult r : results) {
                    counts.merge(r.change(), 1, Integer::sum);
                    out.println(r.change().name().toLowerCase() + "\t" + r.stored().id() + "\trevision "
                            + r.stored().summary().revision() + "\t" + r.stored().summary().title());
                }
                out.println("Imported " + results.size() + " case(s): " + counts.getOrDefault(SaveResult.Change.CREATED, 0)
                        + " new, " + counts.getOrDefault(SaveResult.Change.REVISED, 0) + " revised, "
                        + counts.getOrDefault(SaveResult.Change.UNCHANGED, 0) + " unchanged.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved cases, newest first.")
    static final class ListCases implements Runnable {
        enum Format { table, json, csv }

        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Option(names = "--status", paramLabel = "S",
                description = "Only cases in this status: ${COMPLETION-CANDIDATES}.")
        CaseStatus status;
        @Option(names = "--format", paramLabel = "F", defaultValue = "table",
                description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;
        @Option(names = "--archived", description = "Include archived cases.")
        boolean archived;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<CaseSummary> list;
            try (Database db = dbOptions.open()) {
                list = new CaseService(db).list(status, archived);
            }
            switch (format) {
                case json -> {
                    try {
                        out.println(Json.mapper().writeValueAsString(list));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case csv -> {
                    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                            .setHeader("id", "title", "status", "overall", "people", "artifacts", "revision",
                                    "updated", "decided", "archived").get())) {
                        for (CaseSummary s : list) {
                            csv.printRecord(s.id(), s.title(), s.status(), s.overallOutcome() == null ? ""
                                    : s.overallOutcome(), s.peopleCount(), s.artifactCount(), s.revision(),
                                    s.updatedAt(), s.decidedAt() == null ? "" : s.decidedAt(), s.archived());
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case table -> printTable(out, list);
            }
            out.flush();
        }

        private static void printTable(PrintWriter out, List<CaseSummary> list) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"ID", "STATUS", "OVERALL", "PEOPLE", "ARTIFACTS", "REV", "UPDATED", "TITLE"});
            for (CaseSummary s : list) {
                rows.add(new String[]{s.id(), s.status().name() + (s.archived() ? " (archived)" : ""),
                        s.overallOutcome() == null ? "-" : s.overallOutcome().name(),
                        String.valueOf(s.peopleCount()), String.valueOf(s.artifactCount()),
                        String.valueOf(s.revision()), s.updatedAt().toString(), s.title()});
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] r : rows) {
                for (int i = 0; i < r.length - 1; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            }
            for (String[] r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < r.length; i++) {
                    sb.append(i == r.length - 1 ? r[i] : String.format("%-" + widths[i] + "s  ", r[i]));
                }
                out.println(sb.toString().stripTrailing());
            }
            out.println(list.size() + " case(s).");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a case: status, revisions, decisions, assessments; or its case file with --format json.")
    static final class Show implements Runnable {
        enum Format { text, json }

        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES}")
        Format format;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = dbOptions.open()) {
                CaseService service = new CaseService(db);
                StoredCase c = service.get(id);
                if (format == Format.json) {
                    out.print(org.collabrisk.exchange.CaseJson.write(c.content()));
                    out.flush();
                    return;
                }
                CaseSummary s = c.summary();
                out.println("Case " + s.id() + ": " + s.title());
                out.println("  status:    " + s.status() + (s.archived() ? " (archived)" : ""));
                out.println("  overall:   " + (s.overallOutcome() == null ? "not assessed since the last change"
                        : s.overallOutcome() + " (" + s.overallOutcome().meaning() + ")"));
                out.println("  people:    " + s.peopleCount() + ", artifacts: " + s.artifactCount());
                out.println("  created:   " + s.createdAt() + ", updated: " + s.updatedAt()
                        + (s.decidedAt() == null ? "" : ", decided: " + s.decidedAt()));
                out.println("Revisions:");
                for (CaseRevision r : service.revisions(id)) {
                    out.println("  " + r.revision() + "  " + r.savedAt() + "  " + r.savedBy() + "  sha256 "
                            + r.sha256());
                }
                List<StoredAssessment> assessments = service.assessments(id);
                if (!assessments.isEmpty()) {
                    out.println("Assessments:");
                    for (StoredAssessment a : assessments) {
                        out.println("  #" + a.id() + "  revision " + a.caseRevision() + "  " + a.assessedAt() + "  "
                                + a.ruleSetId() + " " + a.ruleSetVersion() + "  " + a.overall());
                    }
                }
                if (!assessments.isEmpty()) {
                    var latest = org.collabrisk.exchange.AssessmentJson.read(
                            assessments.get(assessments.size() - 1).assessmentJson(), "stored assessment");
                    if (!latest.screening().isEmpty()) {
                        out.println("Screening hits of the latest assessment:");
                        for (var h : latest.screening()) {
                            out.println("  " + h.person() + " (" + h.field() + ") ~ " + h.list() + ":" + h.entry()
                                    + " '" + h.entryName() + "' matched '" + h.matchedName() + "' score "
                                    + String.format(java.util.Locale.ROOT, "%.2f", h.score()) + " " + h.band());
                        }
                    }
                }
                var dispositions = new org.collabrisk.service.CaseAssessmentService(db, CaseService.defaultActor())
                        .dispositions(id);
                if (!dispositions.isEmpty()) {
                    out.println("Dispositions:");
                    for (var d : dispositions) {
                        out.println("  #" + d.id() + "  " + d.decidedAt() + "  " + d.personId() + " (" + d.field()
                                + ") " + d.listCode() + ":" + d.entryId() + "  " + d.verdict() + "  by "
                                + d.decidedBy() + ": " + d.reason());
                    }
                }
                List<Decision> decisions = service.decisions(id);
                if (!decisions.isEmpty()) {
                    out.println("Decisions:");
                    for (Decision d : decisions) {
                        out.println("  " + d.decidedAt() + "  " + d.from() + " -> " + d.to() + "  by " + d.decidedBy()
                                + "  (revision " + d.caseRevision() + (d.assessmentId() == null ? ""
                                : ", assessment #" + d.assessmentId()) + ")" + (d.note().isEmpty() ? ""
                                : ": " + d.note()));
                    }
                }
                out.flush();
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a case's current revision as a case file (to stdout, or --out FILE).")
    static final class Export implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--out", paramLabel = "FILE")
        Path out;

        @Override
        public void run() {
            try (Database db = dbOptions.open()) {
                CaseService service = new CaseService(db);
                if (out == null) {
                    spec.commandLine().getOut().print(service.export(id));
                    spec.commandLine().getOut().flush();
                } else {
                    service.exportTo(id, out);
                    spec.commandLine().getErr().println("Wrote " + out);
                }
            }
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Move a case along DRAFT -> SUBMITTED -> IN_REVIEW -> CLEARED | LICENSE_NEEDED | ESCALATED.")
    static final class Decide implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
        CaseStatus status;
        @Option(names = "--note", paramLabel = "TEXT", description = "The reviewer's note (required for a decision).")
        String note;

        @Override
        public void run() {
            try (Database db = dbOptions.open()) {
                CaseService service = new CaseService(db);
                Decision d = service.decide(id, status, note);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Case " + id + ": " + d.from() + " -> " + d.to() + " (revision " + d.caseRevision()
                        + (d.assessmentId() == null ? ", no assessment of this revision on record"
                        : ", assessment #" + d.assessmentId()) + ").");
                out.flush();
            }
        }
    }

    @Command(name = "dispose", mixinStandardHelpOptions = true,
            description = "Record a reviewer's verdict on a screening hit of the case's latest assessment.")
    static final class Dispose implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--person", required = true, paramLabel = "PERSON_ID")
        String person;
        @Option(names = "--entry", required = true, paramLabel = "LIST:ENTRY_ID",
                description = "The hit's list code and entry id, e.g. EL:12345 (as 'cases show' prints them).")
        String entry;
        @Option(names = "--field", paramLabel = "name|affiliation",
                description = "Which field matched (needed only when both did).")
        String field;
        @Option(names = "--verdict", required = true, description = "${COMPLETION-CANDIDATES}")
        org.collabrisk.store.Disposition.Verdict verdict;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public void run() {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new InvalidInputException("--entry '" + entry + "': expected LIST:ENTRY_ID, e.g. EL:12345");
            }
            String list = entry.substring(0, colon);
            String entryId = entry.substring(colon + 1);
            try (Database db = dbOptions.open()) {
                org.collabrisk.service.CaseAssessmentService service =
                        new org.collabrisk.service.CaseAssessmentService(db, CaseService.defaultActor());
                org.collabrisk.domain.Assessment latest = service.latest(id).orElseThrow(() ->
                        new InvalidInputException("case " + id + " has no assessment yet: run 'cases assess " + id
                                + "' first"));
                List<org.collabrisk.domain.ScreeningHit> hits = latest.screening().stream()
                        .filter(h -> h.person().equals(person) && h.list().equalsIgnoreCase(list)
                                && h.entry().equals(entryId) && (field == null || h.field().equals(field)))
                        .toList();
                if (hits.isEmpty()) {
                    throw new InvalidInputException("the latest assessment of case " + id + " has no hit of person '"
                            + person + "' on " + list + " entry '" + entryId + "'");
                }
                if (hits.size() > 1) {
                    throw new InvalidInputException("person '" + person + "' matched " + list + " entry '" + entryId
                            + "' by name and by affiliation: add --field name or --field affiliation");
                }
                org.collabrisk.store.Disposition d = service.dispose(id, hits.get(0), verdict, reason);
                spec.commandLine().getOut().println("Disposition #" + d.id() + ": " + d.verdict() + " for person "
                        + person + " (" + d.field() + ") on " + d.listCode() + " entry " + d.entryId()
                        + ". Run 'cases assess " + id + "' to assess again.");
            }
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archive a case (kept in full, hidden from the default list).")
    static final class Archive implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Kept in the audit log.")
        String reason;

        @Override
        public void run() {
            try (Database db = dbOptions.open()) {
                new CaseService(db).archive(id, reason);
                spec.commandLine().getOut().println("Case " + id + " archived.");
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a case and its history (refused for decided cases within 5 years, 15 CFR 762.6).")
    static final class Delete implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Kept in the audit log.")
        String reason;

        @Override
        public void run() {
            if (reason.isBlank()) {
                throw new InvalidInputException("--reason is empty: deleting needs a reason for the audit log");
            }
            try (Database db = dbOptions.open()) {
                new CaseService(db).delete(id, reason);
                spec.commandLine().getOut().println("Case " + id + " deleted.");
            }
        }
    }
}
