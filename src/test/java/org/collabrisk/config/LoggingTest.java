package org.collabrisk.config;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoggingTest {

    private static final Person WEI = new Person("p7", "Wei Zhang", "Harbin Institute of Technology", Country.of("CN"),
            List.of(Country.of("CN"), Country.of("IR")), null, Country.of("CN"), UsStatus.FOREIGN_PERSON, Country.of("US"));

    private final LogFormat format = new LogFormat(new LogRedaction("/home/wzhang"));

    private static LogRecord record(Level level, String msg, Object... params) {
        LogRecord r = new LogRecord(level, msg);
        r.setLoggerName("org.collabrisk.test");
        r.setParameters(params);
        return r;
    }

    @Test
    void noNameAffiliationOrCitizenshipReachesALogLine() {
        ResearchCase aCase = new ResearchCase(1, "c9", "Wei Zhang's weights", null, List.of(WEI), List.of());
        String line = format.format(record(Level.INFO, "assessing {0} with {1} (citizenship {2}) at {3}",
                aCase, WEI, WEI.citizenships().get(0), WEI.citizenships()));
        assertTrue(line.contains("assessing case c9 with person p7 (citizenship <country>) at <2 items>"), line);
        for (String secret : List.of("Wei", "Zhang", "Harbin", "CN", "IR")) {
            assertFalse(line.contains(secret), secret + " leaked: " + line);
        }
    }

    @Test
    void quotedUserInputInMessagesAndExceptionsIsRedactedButApostrophesAreNot() {
        Exception e = new InvalidInputException("case.json line 12: people[0].name 'Wei Zhang' is too long",
                new IllegalStateException("affiliation 'Harbin Institute of Technology' unknown"));
        LogRecord r = record(Level.WARNING, "can't import the user's file: rejected 'Wei Zhang'");
        r.setThrown(e);
        String text = format.format(r);
        assertFalse(text.contains("Wei") || text.contains("Harbin"), text);
        assertTrue(text.contains("can't import the user's file: rejected '<redacted>'"), text);
        assertTrue(text.contains("InvalidInputException: case.json line 12: people[0].name '<redacted>' is too long"), text);
        assertTrue(text.contains("caused by: java.lang.IllegalStateException: affiliation '<redacted>' unknown"), text);
        assertTrue(text.contains("at org.collabrisk.config.LoggingTest"), "stack frames are kept: " + text);
    }

    @Test
    void theHomeFolderAndSoTheUserNameBecomesATilde() {
        String line = format.format(record(Level.INFO, "database at {0}", Path.of("/home/wzhang/.local/share/collabrisk")));
        assertTrue(line.endsWith("database at ~/.local/share/collabrisk" + System.lineSeparator()), line);
        assertFalse(line.contains("wzhang"), line);
    }

    @Test
    void numbersAndPlainTextAreKept() {
        String line = format.format(record(Level.INFO, "imported list {0}: {1} rows in {2} ms", "SDN", 18734, 412L));
        assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO +org\\.collabrisk\\.test  "
                + "imported list SDN: 18734 rows in 412 ms\\R"), line);
    }

    @Test
    void logFileIsUserOnlyAndRotatesAtTheLimit(@TempDir Path dir) throws Exception {
        Path logs = dir.resolve("data/logs");
        RotatingLogFile handler = new RotatingLogFile(logs, "collabrisk.log", 2048, 2, format);
        try {
            for (int i = 0; i < 100; i++) {
                handler.publish(record(Level.INFO, "line {0} padding padding padding padding padding padding", i));
            }
        } finally {
            handler.close();
        }
        assertTrue(Files.exists(logs.resolve("collabrisk.log")));
        assertTrue(Files.exists(logs.resolve("collabrisk.log.1")));
        assertTrue(Files.exists(logs.resolve("collabrisk.log.2")));
        assertFalse(Files.exists(logs.resolve("collabrisk.log.3")), "only 2 old files are kept");
        assertTrue(Files.size(logs.resolve("collabrisk.log.1")) < 2048 + 200);
        assertTrue(Files.readString(logs.resolve("collabrisk.log")).contains("line 99 "));
        if (logs.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
            for (String f : List.of("collabrisk.log", "collabrisk.log.1", "collabrisk.log.2")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve(f))), f);
            }
        }
    }

    @Test
    void aFileRotatedByAnotherProcessIsReopened(@TempDir Path dir) throws Exception {
        RotatingLogFile handler = new RotatingLogFile(dir, "collabrisk.log", 1 << 20, 3, format);
        try {
            handler.publish(record(Level.INFO, "before"));
            // what the other process's rotation does
            Files.move(dir.resolve("collabrisk.log"), dir.resolve("collabrisk.log.1"));
            handler.publish(record(Level.INFO, "after"));
        } finally {
            handler.close();
        }
        assertTrue(Files.readString(dir.resolve("collabrisk.log")).contains("after"));
        assertFalse(Files.readString(dir.resolve("collabrisk.log.1")).contains("after"));
    }

    @Test
    void anExistingWiderFileIsTightened(@TempDir Path dir) throws Exception {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path file = Files.writeString(dir.resolve("collabrisk.log"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new RotatingLogFile(dir, "collabrisk.log", 4096, 1, format).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
