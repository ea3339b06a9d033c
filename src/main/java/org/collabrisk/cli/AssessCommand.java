package org.collabrisk.cli;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.AssessmentJson;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;
import org.collabrisk.screening.ListImporters;
import org.collabrisk.screening.ScreeningIndex;
import org.collabrisk.service.AssessmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code assess CASE.json [--rules ID|FILE] [--list FILE]... [--format json|text]}: assesses a case file and
 * writes the assessment (product design, "Assessment") to stdout. Exit 0 whatever the outcome; 2 for bad input.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess a case file: for every artifact x recipient, is the release subject to the EAR, where is"
                + " it deemed to go, how is it classified, is a licence needed, why, and what would lower the outcome.",
                "A screening aid for the export-control office, not legal advice."})
public final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case file (format version 1)")
    Path caseFile;

    @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = RuleSetCatalog.DEFAULT_ID,
            description = "a built-in rule set (ear-2026, ai-diffusion-2025, frontier-thresholds-2026) or a rule-set"
                    + " file (default: ${DEFAULT-VALUE})")
    String rules;

    @Option(names = "--list", paramLabel = "FILE",
            description = "a screening list file to screen the case's people against; repeatable")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the assessment JSON) or text (a readable report) (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new InvalidInputException("--format: '" + format + "' is not json or text");
        }
        RuleSet ruleSet = RuleSetCatalog.resolve(rules);
        ResearchCase c = CaseJson.read(caseFile);
        ScreeningIndex index = null;
        if (!lists.isEmpty()) {
            index = ScreeningIndex.build(ListImporters.importAll(lists));
        }
        Assessment a = new AssessmentService().assess(c, ruleSet, index, Set.of());
        if (index == null && !c.people().isEmpty()) {
            // Not an error, but never a silent gap: without lists an Entity-List affiliation cannot be seen.
            spec.commandLine().getErr().println("collabrisk assess: warning: no screening list given (--list FILE):"
                    + " people and affiliations were not screened against restricted-party lists (15 CFR Part 744)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print(AssessmentJson.write(a));
        } else {
            out.print(AssessmentReport.text(a, c));
        }
        out.flush();
        return CollabRiskCommand.EXIT_OK;
    }
}
