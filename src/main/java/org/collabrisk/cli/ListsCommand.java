package org.collabrisk.cli;

import org.collabrisk.service.CaseService;
import org.collabrisk.service.ListDiff;
import org.collabrisk.service.ListService;
import org.collabrisk.service.RescreeningService;
import org.collabrisk.store.Database;
import org.collabrisk.store.StoredList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** {@code collabrisk lists ...}: screening lists stored in the database. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Screening lists in the database: import a list file, show the lists in force.",
        subcommands = {ListsCommand.Import.class, ListsCommand.Show.class})
public final class ListsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a list file (trade.gov CSL CSV/JSON, OFAC sdn.csv, custom CSV) and re-screen the "
                    + "saved cases its changes affect.")
    static final class Import implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            spec.commandLine().getErr().println("Reading " + file + " ...");
            try (Database db = dbOptions.open()) {
                RescreeningService.ImportReport report = new RescreeningService(db, CaseService.defaultActor())
                        .importList(file, spec.commandLine().getErr()::println);
                ListService.ImportResult r = report.list();
                StoredList l = r.list();
                if (r.alreadyImported()) {
                    out.println("Already imported as list #" + l.id() + " on " + l.importedAt() + " (same SHA-256); "
                            + "nothing changed.");
                    return;
                }
                out.println("Imported list #" + l.id() + ": " + l.name() + ", as of " + l.asOf() + ", " + l.rows()
                        + " rows, sha256 " + l.sha256());
                out.println("  source: " + l.source());
                for (ListDiff d : r.changes()) {
                    out.println("  " + d.summary());
                }
                RescreeningService.Report rescreening = report.rescreening();
                if (r.changedAnything()) {
                    out.println("Re-screened " + rescreening.casesChecked() + " saved case(s): "
                            + rescreening.affected().size() + " affected by the changes.");
                }
                for (RescreeningService.RescreenedCase c : rescreening.affected()) {
                    out.println("  case " + c.caseId() + " (" + c.status() + "): "
                            + (c.before() == null ? "not assessed before" : c.before()) + " -> " + c.after()
                            + (c.outcomeChanged() ? "" : " (unchanged)") + ", assessment #" + c.assessmentId()
                            + (c.status().isDecision() ? "; decided case: review the decision" : ""));
                    for (RescreeningService.ChangedEntry e : c.because()) {
                        out.println("      " + e.describe());
                    }
                }
                out.flush();
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the imported lists and which are in force.")
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = dbOptions.open()) {
                ListService service = new ListService(db, CaseService.defaultActor());
                var all = service.all();
                if (all.isEmpty()) {
                    out.println("No screening list imported yet: use 'collabrisk lists import FILE' with the "
                            + "Consolidated Screening List (trade.gov) or OFAC's sdn.csv.");
                    return;
                }
                Map<String, StoredList> active = service.active();
                out.println("In force:");
                for (Map.Entry<String, StoredList> e : active.entrySet()) {
                    StoredList l = e.getValue();
                    out.println("  " + String.format("%-7s", e.getKey()) + l.entriesByList().get(e.getKey())
                            + " entries from list #" + l.id() + " (" + l.name() + ", as of " + l.asOf() + ")");
                }
                out.println("Imported:");
                for (StoredList l : all) {
                    out.println("  #" + l.id() + "  " + l.name() + "  as of " + l.asOf() + "  " + l.rows() + " rows  "
                            + "imported " + l.importedAt() + " by " + l.importedBy() + "  sha256 " + l.sha256());
                }
                out.flush();
            }
        }
    }
}
