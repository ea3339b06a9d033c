package org.collabrisk.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the names the lists write into a primary name and aliases (issue 3, item 1): bracketed {@code [aka ...]},
 * "a.k.a." clauses, parentheses (acronyms and alternative names; descriptive notes are kept as remarks),
 * "; and any successor, sub-unit, or subsidiary thereof", "Subordinate Institution -" clauses, and BIS's "?"
 * stand-ins for apostrophes and quotes. OFAC "SURNAME, Given" names of individuals get their natural order as an
 * alias.
 */
final class ListNames {

    /** The result for one name cell (and its alt_names cell). */
    record Parsed(String name, List<String> aliases, List<String> notes, List<String> parentCandidates) {
    }

    private static final Pattern SUCCESSOR = Pattern.compile(
            "(?i)[;,]?\\s*\\band\\s+(any|its|all)\\s+(successors?|sub-?units?|subsidiar\\w*)\\b.*$");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]?");
    private static final Pattern AKA = Pattern.compile("(?i)(^|[\\s,;(])(a\\.?k\\.?a\\.?|f\\.?k\\.?a\\.?|n\\.?k\\.?a\\.?|also known as|formerly known as)[,:]?\\s+");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)^(.*?)[.,]?\\s+Subordinate Institution\\s*[-:–]\\s*(.+)$");
    /** "Huawei Technologies Co., Ltd. (Huawei).  Affiliated Entity:  Hangzhou Huawei Enterprises". */
    private static final Pattern AFFILIATED = Pattern.compile("(?i)^(.*?)[\\s.,]*\\bAffiliated Entity\\s*:\\s*(.+)$");
    private static final Pattern QUESTION_APOSTROPHE = Pattern.compile("(?<=\\p{Ll})\\?(?=\\p{Ll}|\\s|$)");
    private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}&.\\-/ ]{1,14}$");
    /** Words that mark a parenthesis as a description, not a name ("North Korean individual in China"). */
    private static final Set<String> DESCRIPTIVE = Set.of("individual", "individuals", "national", "citizen", "located",
            "born", "formerly", "official", "officials", "vessel", "see", "dob", "pob", "previously", "subsidiary",
            "branch", "address", "passport", "entity");

    private ListNames() {
    }

    /** Parses a CSL / custom-list name cell together with its alias cell ({@code ;}-separated). */
    static Parsed parse(String rawName, String rawAliases, boolean individualSurnameFirst) {
        List<String> aliases = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        String name = cleanQuestionMarks(rawName == null ? "" : rawName.trim());

        Matcher sub = SUBORDINATE.matcher(name);
        if (sub.matches()) {
            parents.add(collapse(sub.group(1)));
        }
        Matcher affiliated = AFFILIATED.matcher(name);
        if (affiliated.matches()) {
            // the affiliate is named on its own (it is the party), and linked to the listed parent
            String parent = collapse(affiliated.group(1));
            parents.add(parent);
            parents.add(parent.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
            String affiliate = splitInto(collapse(affiliated.group(2)), aliases, notes);
            if (!affiliate.isEmpty()) {
                aliases.add(affiliate);
            }
        }
        String primary = splitInto(name, aliases, notes);
        int comma = primary.indexOf(", ");
        // "Parent, Child Research Institute" — but not "Huawei Technologies Co., Ltd." (only a legal form follows)
        if (comma > 0 && !individualSurnameFirst && !NameNormalizer.isGenericOrLegalPhrase(primary.substring(comma + 2))) {
            parents.add(primary.substring(0, comma).trim());
        }
        if (rawAliases != null && !rawAliases.isBlank()) {
            for (String piece : cleanQuestionMarks(rawAliases).split(";")) {
                String p = piece.trim();
                if (p.regionMatches(true, 0, "and ", 0, 4)) {
                    p = p.substring(4).trim();
                }
                if (!p.isEmpty()) {
                    String alias = splitInto(p, aliases, notes);
                    if (!alias.isEmpty()) {
                        aliases.add(alias);
                    }
                }
            }
        }
        if (individualSurnameFirst) {
            for (String n : List.copyOf(withPrimary(primary, aliases))) {
                String reordered = givenFirst(n);
                if (reordered != null) {
                    aliases.add(reordered);
                }
            }
        }
        return new Parsed(primary, dedupe(primary, aliases), notes, parents);
    }

    private static List<String> withPrimary(String primary, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(primary);
        all.addAll(aliases);
        return all;
    }

    /** "MADURO MOROS, Nicolas" → "Nicolas MADURO MOROS"; null when the name has no such comma. */
    static String givenFirst(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0 || name.indexOf(',', comma + 1) >= 0) {
            return null;
        }
        String surname = name.substring(0, comma).trim();
        String given = name.substring(comma + 1).trim();
        if (surname.isEmpty() || given.isEmpty() || !given.matches("[\\p{L}\\p{M}'’\\-. ]+")) {
            return null;
        }
        return given + " " + surname;
    }

    /**
     * Removes successor clauses, brackets, a.k.a. clauses and parentheses from {@code s}, adding the names they
     * carry to {@code aliases} (descriptions to {@code notes}); returns the remaining name, as the list writes it
     * minus those clauses, except that an acronym parenthesis stays in the name.
     */
    private static String splitInto(String s, List<String> aliases, List<String> notes) {
        String name = SUCCESSOR.matcher(s).replaceAll("").trim();

        Matcher b = BRACKET.matcher(name);
        StringBuilder rest = new StringBuilder();
        while (b.find()) {
            String inner = b.group(1).trim();
            Matcher aka = AKA.matcher(inner);
            if (aka.find() && aka.start() == 0) {
                for (String a : inner.substring(aka.end()).split("[,;]")) {
                    addAlias(a, aliases);
                }
            } else if (!inner.isEmpty()) {
                notes.add(inner);
            }
            b.appendReplacement(rest, " ");
        }
        b.appendTail(rest);
        name = collapse(rest.toString());

        Matcher aka = AKA.matcher(name);
        if (aka.find() && aka.start() > 0) {
            String before = name.substring(0, aka.start()).trim();
            String after = name.substring(aka.end()).trim();
            boolean inParen = "(".equals(aka.group(1)) || before.endsWith("(");
            if (inParen) {
                before = before.endsWith("(") ? before.substring(0, before.length() - 1).trim() : before;
                int close = after.lastIndexOf(')');
                if (close >= 0) {
                    after = after.substring(0, close);
                }
            }
            for (String a : after.split(";")) {
                String alias = splitInto(a.trim(), aliases, notes);
                addAlias(alias, aliases);
            }
            name = trimPunct(before);
        }

        Matcher p = PAREN.matcher(name);
        StringBuilder withoutParens = new StringBuilder();
        boolean anyParen = false;
        boolean keptAcronym = false;
        while (p.find()) {
            anyParen = true;
            String inner = p.group(1).trim();
            if (isDescription(inner)) {
                notes.add(inner);
            } else if (isAlternativeName(inner)) {
                addAlias(inner, aliases);
                keptAcronym |= ACRONYM.matcher(inner).matches();
            } else if (!inner.isEmpty()) {
                notes.add(inner);
            }
            p.appendReplacement(withoutParens, " ");
        }
        p.appendTail(withoutParens);
        if (anyParen) {
            String stripped = trimPunct(collapse(withoutParens.toString()));
            if (keptAcronym && !stripped.isEmpty()) {
                // The list's own form keeps the acronym ("... (BUAA)"); the name without it is an alias.
                addAlias(stripped, aliases);
                return trimPunct(collapse(name.replaceAll("\\(\\s*\\)", "")));
            }
            return stripped;
        }
        return trimPunct(name);
    }

    /**
     * A parenthesis names the entry another way when it is an acronym ("BUAA", "CETC 13") or a name of three or more
     * words; a place ("Hong Kong", "Shenzhen") or a generic word ("GROUP") is not an alias.
     */
    private static boolean isAlternativeName(String inner) {
        if (inner.isEmpty() || NameNormalizer.isGenericOrLegalPhrase(inner)
                || org.collabrisk.domain.Country.parse(inner).isPresent()) {
            return false;
        }
        boolean acronym = ACRONYM.matcher(inner).matches() && inner.chars().filter(Character::isLetter).count() >= 2
                && inner.chars().noneMatch(Character::isLowerCase);
        return acronym || inner.trim().split("\\s+").length >= 3;
    }

    private static boolean isDescription(String inner) {
        if (inner.isEmpty()) {
            return true;
        }
        if (Character.isLowerCase(inner.charAt(0))) {
            return true;
        }
        for (String w : inner.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DESCRIPTIVE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void addAlias(String a, List<String> aliases) {
        String t = trimPunct(collapse(a));
        if (t.regionMatches(true, 0, "and ", 0, 4)) {
            t = t.substring(4).trim();
        }
        if (!t.isEmpty()) {
            aliases.add(t);
        }
    }

    static String cleanQuestionMarks(String s) {
        if (s.indexOf('?') < 0) {
            return s;
        }
        // BIS rows carry "?" where the source had an apostrophe ("Fa?ur", "Qatar?s") or typographic quotes.
        String t = QUESTION_APOSTROPHE.matcher(s).replaceAll("'");
        return t.replace('?', ' ');
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String trimPunct(String s) {
        String t = s.trim();
        while (!t.isEmpty() && ",;:-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).trim();
        }
        // A final full stop goes, unless it ends an abbreviation ("Co.", "Inst.", "L.L.C.").
        while (t.endsWith(".") && t.matches("(?s).*\\p{L}{6,}\\.$")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        while (!t.isEmpty() && ",;:-".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).trim();
        }
        return t;
    }

    private static List<String> dedupe(String primary, List<String> aliases) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        seen.add(primary.toLowerCase(Locale.ROOT));
        for (String a : aliases) {
            if (seen.add(a.toLowerCase(Locale.ROOT))) {
                out.add(a);
            }
        }
        return out;
    }
}
