package org.collabrisk.config;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: {@code 2026-11-22T04:41:07.123Z INFO    org.collabrisk.cli.Foo  message}, then for an
 * exception its class, redacted message and stack frames (code locations only). Every part that could carry user
 * data goes through {@link LogRedaction}.
 */
public final class LogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_FRAMES = 40;

    private final LogRedaction redaction;

    public LogFormat(LogRedaction redaction) {
        this.redaction = redaction;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ');
        sb.append(String.format("%-7s ", record.getLevel().getName()));
        sb.append(record.getLoggerName() == null ? "-" : record.getLoggerName()).append("  ");
        sb.append(formatMessage(record)).append(System.lineSeparator());
        Throwable t = record.getThrown();
        String heading = "    ";
        while (t != null) {
            sb.append(heading).append(t.getClass().getName());
            if (t.getMessage() != null) {
                sb.append(": ").append(redaction.text(t.getMessage()));
            }
            sb.append(System.lineSeparator());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                sb.append("      at ").append(frames[i]).append(System.lineSeparator());
            }
            if (frames.length > MAX_FRAMES) {
                sb.append("      ... ").append(frames.length - MAX_FRAMES).append(" more")
                        .append(System.lineSeparator());
            }
            t = t.getCause() == t ? null : t.getCause();
            heading = "    caused by: ";
        }
        return sb.toString();
    }

    /** Like {@link Formatter#formatMessage} (no resource bundles), with every parameter redacted first. */
    @Override
    public String formatMessage(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] params = record.getParameters();
        if (params == null || params.length == 0 || !message.contains("{")) {
            return redaction.text(message);
        }
        Object[] safe = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            safe[i] = redaction.parameter(params[i]);
        }
        try {
            // the pattern is the programmer's; only the parameters come from users
            return redaction.text(MessageFormat.format(message, safe));
        } catch (IllegalArgumentException badPattern) {
            return redaction.text(message);
        }
    }
}
