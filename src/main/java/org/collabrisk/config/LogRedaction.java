package org.collabrisk.config;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of the log file: people's names, affiliations and citizenships, and the user's own
 * name as it appears in their home folder path. Applied by {@link LogFormat} to every message, parameter and
 * exception message, so a careless {@code log.info("importing " + person)} still cannot leak a name.
 * <ul>
 *   <li>domain objects are replaced by their ids: a {@link Person} becomes {@code person p2}, a
 *       {@link ResearchCase} {@code case 42}, a {@link ScreeningHit} {@code screening hit for p2 on list EL};</li>
 *   <li>a {@link Country} (alone it could be anybody's citizenship) becomes {@code <country>};</li>
 *   <li>collections and maps become {@code <n items>};</li>
 *   <li>in text, anything in single quotes (how our error messages quote user input: "people[2].name 'Wei Zhang'
 *       is ...") becomes {@code '<redacted>'}, and the home folder becomes {@code ~}.</li>
 * </ul>
 */
public final class LogRedaction {

    static final String REDACTED = "<redacted>";

    /** A quote that opens or closes user input: not an apostrophe inside a word ("can't", "user's"). */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'[^'\\r\\n]*'(?![\\p{L}\\p{N}])");

    private final String home;

    public LogRedaction(String userHome) {
        this.home = userHome == null || userHome.isBlank() || userHome.equals("/") ? null : stripSlash(userHome);
    }

    public static LogRedaction forThisUser() {
        return new LogRedaction(System.getProperty("user.home"));
    }

    /** The log-safe form of a message parameter. */
    public String parameter(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Person p) {
            return "person " + p.id();
        }
        if (value instanceof ResearchCase c) {
            return "case " + (c.id() == null ? "(unsaved)" : c.id());
        }
        if (value instanceof Paper) {
            return "paper";
        }
        if (value instanceof ScreeningHit h) {
            return "screening hit for " + h.person() + " on list " + h.list();
        }
        if (value instanceof Country) {
            return "<country>";
        }
        if (value instanceof Collection<?> c) {
            return "<" + c.size() + " items>";
        }
        if (value instanceof Map<?, ?> m) {
            return "<" + m.size() + " items>";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal || value instanceof java.time.Duration) {
            return String.valueOf(value);
        }
        return text(String.valueOf(value));
    }

    /** The log-safe form of free text (a message or an exception message). */
    public String text(String s) {
        if (s == null) {
            return null;
        }
        String out = QUOTED.matcher(s).replaceAll(Matcher.quoteReplacement("'" + REDACTED + "'"));
        if (home != null) {
            out = out.replace(home, "~");
        }
        return out;
    }

    private static String stripSlash(String s) {
        return s.length() > 1 && (s.endsWith("/") || s.endsWith("\\")) ? s.substring(0, s.length() - 1) : s;
    }
}
