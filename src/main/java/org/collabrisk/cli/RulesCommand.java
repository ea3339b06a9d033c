package org.collabrisk.cli;

import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code rules list | rules show ID|FILE}: the rule sets the evaluator can use, with their dates and sources. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the built-in rule sets or show one (id, version, date of the law modelled, sources, facts).",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRules.class})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CollabRiskCommand.EXIT_OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in rule sets.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-26s %-24s %-11s %-12s %s%n", "ID", "VERSION", "LAW AS OF", "HYPOTHETICAL", "TITLE");
            for (RuleSet rs : RuleSetCatalog.builtIns()) {
                out.printf("%-26s %-24s %-11s %-12s %s%n", rs.id(), rs.version(), rs.lawDate(),
                        rs.hypothetical() ? "yes" : "no", rs.title());
            }
            out.flush();
            return CollabRiskCommand.EXIT_OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a rule set (built-in id or file) as JSON, with what it inherits merged in.")
    static final class ShowRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID|FILE", description = "a built-in rule set id or a rule-set file")
        String id;

        @Override
        public Integer call() {
            RuleSet rs = RuleSetCatalog.resolve(id);
            PrintWriter out = spec.commandLine().getOut();
            out.println(rs.json());
            out.flush();
            return CollabRiskCommand.EXIT_OK;
        }
    }
}
