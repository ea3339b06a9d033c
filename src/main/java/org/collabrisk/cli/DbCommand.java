package org.collabrisk.cli;

import org.collabrisk.service.BackupService;
import org.collabrisk.service.CaseService;
import org.collabrisk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code collabrisk db ...}: backup and restore of the whole database. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "The database: backup, restore, info.",
        subcommands = {DbCommand.Backup.class, DbCommand.Restore.class, DbCommand.Info.class})
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the whole database to FILE (zip).")
    static final class Backup implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public void run() {
            try (Database db = dbOptions.open()) {
                BackupService.BackupResult r = new BackupService(db, CaseService.defaultActor()).backup(file);
                spec.commandLine().getOut().println("Backed up " + db.file() + " to " + r.file() + " (" + r.bytes()
                        + " bytes, sha256 " + r.sha256() + ").");
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the database with the one in a backup FILE (the current file is kept beside it).")
    static final class Restore implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public void run() {
            String env = System.getenv(DbOptions.PASSWORD_ENV);
            BackupService.RestoreResult r = BackupService.restore(file, dbOptions.path(),
                    env == null || env.isEmpty() ? null : env.toCharArray(), CaseService.defaultActor());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restored " + Database.dataFile(r.database()) + " from " + file + ": " + r.cases()
                    + " case(s), audit chain of " + r.auditEntries() + " entries verified.");
            if (r.previousKeptAt() != null) {
                out.println("The previous database was kept as " + r.previousKeptAt() + ".");
            }
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Where the database is and what it holds.")
    static final class Info implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions dbOptions;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = dbOptions.open()) {
                out.println("Database: " + db.file());
                out.println("Encrypted: " + (db.encrypted() ? "yes (AES)" : "no"));
                out.println("Schema version: " + Database.SCHEMA_VERSION);
                out.println("Cases: " + db.read(c -> new org.collabrisk.store.JdbcCaseStore().count(c)));
                out.println("Size: " + Files.size(db.file()) + " bytes");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
