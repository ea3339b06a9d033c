package org.collabrisk.cli;

import org.collabrisk.config.AppInfo;
import org.collabrisk.service.selfcheck.SelfCheck;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints {@code collabrisk --self-check}: one line per step as it ends ({@code ok   open temporary database
 * 41 ms}), the reason under a failed or skipped step, and a closing verdict. Exit status 0 only if all passed.
 */
final class SelfCheckPrinter {

    private static final Logger LOG = Logger.getLogger(SelfCheckPrinter.class.getName());

    private SelfCheckPrinter() {
    }

    static int run(List<SelfCheck.Step> steps, PrintWriter out) {
        int width = steps.stream().mapToInt(s -> s.name().length()).max().orElse(10);
        out.println("CollabRisk " + AppInfo.version() + " self-check");
        out.flush();
        SelfCheck.Report report = new SelfCheck(steps).run(r -> {
            out.println(line(r, width));
            if (!r.passed() && r.detail() != null) {
                out.println("       " + r.detail());
            }
            out.flush();
        });
        int total = report.results().size();
        if (report.passed()) {
            out.printf(Locale.ROOT, "self-check passed: %d of %d steps in %d ms%n", total, total, report.totalMillis());
        } else {
            out.printf(Locale.ROOT, "self-check FAILED: %d of %d steps did not pass%n", report.failures(), total);
        }
        out.flush();
        LOG.log(report.passed() ? Level.INFO : Level.WARNING, "self-check {0}: {1} of {2} steps passed in {3} ms",
                new Object[]{report.passed() ? "passed" : "failed", total - report.failures(), total,
                        report.totalMillis()});
        return report.passed() ? CollabRiskCommand.EXIT_OK : CollabRiskCommand.EXIT_INTERNAL;
    }

    static String line(SelfCheck.Result r, int nameWidth) {
        String status = switch (r.status()) {
            case OK -> "ok";
            case FAIL -> "FAIL";
            case SKIP -> "skip";
        };
        String detail = r.passed() && r.detail() != null ? "   (" + r.detail() + ")" : "";
        return String.format(Locale.ROOT, "%-4s %-" + nameWidth + "s %6d ms%s", status, r.step(), r.millis(), detail);
    }
}
