package org.collabrisk.cli;

import org.collabrisk.service.AuditService;
import org.collabrisk.store.AuditEntry;
import org.collabrisk.store.AuditVerification;
import org.collabrisk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** {@code collabrisk audit ...}: the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log: verify, show.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }


    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit hash chain; name the first altered or removed entry.")
    static final class Verify implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;

        @Override
        public Integer call() {
            try (Database db = dbOptions.open()) {
                AuditVerification v = new AuditService(db).verify();
                if (v.ok()) {
                    spec.commandLine().getOut().println("Audit log intact: " + v.entriesChecked()
                            + " entries, hash chain verified.");
                    return 0;
                }
                spec.commandLine().getOut().println("Audit log BROKEN at entry " + v.firstBadSeq() + ": "
                        + v.problem() + " (" + v.entriesChecked() + " entries before it verified).");
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print audit entries.")
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Option(names = "--subject", paramLabel = "ID", description = "Only entries about this case id or list.")
        String subject;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = dbOptions.open()) {
                for (AuditEntry e : new AuditService(db).entries(subject)) {
                    out.println(e.seq() + "\t" + e.at() + "\t" + e.actor() + "\t" + e.action() + "\t" + e.subject()
                            + "\t" + e.detail());
                }
            }
            out.flush();
        }
    }
}
