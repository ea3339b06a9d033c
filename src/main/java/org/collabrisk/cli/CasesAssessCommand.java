package org.collabrisk.cli;

import org.collabrisk.exchange.AssessmentJson;
import org.collabrisk.service.CaseAssessmentService;
import org.collabrisk.service.CaseService;
import org.collabrisk.service.StoredCase;
import org.collabrisk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/**
 * {@code cases assess ID [--rules ID|FILE] [--format text|json]}: assesses a saved case against the lists in the
 * database and stores the assessment.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a saved case (screening against the imported lists, then the rule set) and store the "
                + "assessment.")
final class CasesAssessCommand implements Runnable {
    enum Format { text, json }

    @Spec
    CommandSpec spec;
    @Mixin
    DbOptions dbOptions;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--rules", paramLabel = "ID|FILE",
            description = "Rule set (default: the one of the case's previous assessment, else ear-2026).")
    String rules;
    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOptions.open()) {
            CaseAssessmentService service = new CaseAssessmentService(db, CaseService.defaultActor());
            if (!service.screening().hasLists()) {
                spec.commandLine().getErr().println("collabrisk: no screening list imported yet: people were NOT "
                        + "screened (use 'collabrisk lists import FILE')");
            }
            CaseAssessmentService.Result r = service.assess(id, rules);
            if (format == Format.json) {
                out.print(AssessmentJson.write(r.assessment()));
            } else {
                StoredCase c = new CaseService(db).get(id);
                out.print(AssessmentReport.text(r.assessment(), c.content()));
                out.println("Stored as assessment #" + r.stored().id() + " of revision " + r.stored().caseRevision()
                        + ".");
            }
            out.flush();
        }
    }
}
