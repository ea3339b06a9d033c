package org.collabrisk.cli;

import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.service.selfcheck.SelfCheckSteps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The root of the command line (product design, "Command line"). Exit status: 0 when the command did its work,
 * 2 for bad input or usage (one clear line on stderr), 1 for an internal fault.
 */
@Command(name = "collabrisk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Deemed-export screening aid for AI research collaborations. "
                + "A screening aid for the export-control office, not legal advice.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CasesCommand.class,
                AuditCommand.class,
                DbCommand.class,
                ListsCommand.class,
                BatchCommand.class,
                AssessCommand.class,
                RulesCommand.class,
                ScreenCommand.class,
                org.collabrisk.cli.screenshots.ScreenshotsCommand.class,
        })
public final class CollabRiskCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--self-check",
            description = "Check this installation: open a temporary database, run the migrations, assess a built-in "
                    + "sample; one line per step with its time. Exit status 0 only if every step passes.")
    boolean selfCheck;

    @Override
    public Integer call() {
        if (selfCheck) {
            return SelfCheckPrinter.run(SelfCheckSteps.standard(), spec.commandLine().getOut());
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_OK;
    }

    /** Builds the command line with every subcommand; tests call this with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CollabRiskCommand());
        cl.setExecutionExceptionHandler(CollabRiskCommand::handleException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InvalidInputException) {
            err.println("collabrisk: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        err.println("collabrisk: internal error: " + ex);
        ex.printStackTrace(err);
        return EXIT_INTERNAL;
    }
}
