package org.collabrisk.screening;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a name into comparable tokens (issue 3, item 2):
 * <ol>
 *   <li>Unicode compatibility folding (NFKC: full-width forms, ligatures), then diacritics removed (NFD, marks
 *       dropped) and the remaining Latin letters folded to ASCII (ß→ss, ø→o, ł→l);</li>
 *   <li>non-Latin scripts transliterated with ICU4J: Russian BGN, Greek UNGEGN, Arabic, Hebrew and everything else
 *       through Any-Latin; a run of Chinese characters becomes ONE pinyin token ("哈尔滨工业大学" →
 *       "haerbingongyedaxue"), so two different Chinese names do not share syllable tokens;</li>
 *   <li>lower case, punctuation to spaces, apostrophes removed ("O'Brien" → "obrien"), single letters joined
 *       ("L.L.C." → "llc");</li>
 *   <li>abbreviations common in affiliations expanded (Univ., Inst., Tech., Acad., Sci., Natl., Lab., Ctr., ...) and
 *       legal forms canonicalised (Limited → ltd, Corporation → corp);</li>
 *   <li>function words (of, the, and) dropped. Legal-form words (co, ltd, llc, gmbh, jsc, ...) are KEPT and marked
 *       {@link #LEGAL} so the scorer weights them down; generic words (university, institute, technology, ...)
 *       are marked {@link #GENERIC} so the scorer caps their weight.</li>
 * </ol>
 * Word order does not matter to the scorer (tokens are aligned one to one), so "SURNAME, Given" needs no reordering
 * here. Transliterators are slow to build and not thread-safe: one per thread, built on first use.
 * Instances are immutable and thread-safe.
 */
public final class NameNormalizer {

    public static final byte NORMAL = 0;
    public static final byte LEGAL = 1;
    public static final byte GENERIC = 2;
    /** Flag bit: the token came from Chinese characters. */
    public static final byte FROM_HAN = 4;
    /** Flag bit: the token came from an abjad (Arabic, Hebrew): its vowels are mostly missing. */
    public static final byte FROM_ABJAD = 8;

    private static final NameNormalizer SHARED = new NameNormalizer();

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(
            "Russian-Latin/BGN; Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> HAN_TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(
            "Han-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance(
            "Latin-ASCII"));

    private static final String SEGMENT_CHARS = ",;()[]（）【】，；|/-–";
    private static final java.util.regex.Pattern SEGMENT_SPLIT =
            java.util.regex.Pattern.compile("[,;()\\[\\]（）【】，；|/]+|\\s[-–]\\s");
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "at", "in", "on", "und", "et", "y");

    private static final Map<String, String> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, Byte> KINDS = new HashMap<>();

    static {
        String[][] abbreviations = {
                {"university", "univ", "uni", "universitat", "universitaet", "universite", "universidad", "universita",
                        "universiteit", "universitet", "universitas", "daxue"},
                {"institute", "inst", "instit", "institut", "instituto", "istituto", "institution"},
                {"technology", "tech", "techn", "technol", "techno", "technologies", "technological"},
                {"academy", "acad", "akademia", "akademiya", "academia", "academie", "akademie"},
                {"science", "sci", "sciences", "scientific"},
                {"national", "natl", "nazionale", "nacional"},
                {"laboratory", "lab", "labs", "laboratories", "lab's", "laboratorio", "laboratoire"},
                {"center", "ctr", "cntr", "centre", "centro", "zentrum"},
                {"department", "dept"},
                {"college", "coll"},
                {"engineering", "eng", "engg", "engr"},
                {"research", "res"},
                {"school", "sch"},
                {"international", "intl", "int'l"},
                {"electronics", "electronic", "elec"},
                {"industrial", "ind", "industries", "industry"},
                {"corp", "corporation", "corpn"},
                {"co", "company", "compagnie", "companie", "compania"},
                {"ltd", "limited", "ltda"},
                {"inc", "incorporated"},
                {"saint", "st"},
                {"mount", "mt"},
                {"aeronautics", "aeronautical"},
                {"astronautics", "astronautical"},
                {"telecommunications", "telecommunication", "telecom"},
                {"communications", "communication"},
                {"mathematics", "math", "maths"},
                {"physics", "phys"},
                {"polytechnic", "polytech", "politecnico", "polytechnique"},
        };
        for (String[] row : abbreviations) {
            for (int i = 1; i < row.length; i++) {
                ABBREVIATIONS.put(row[i], row[0]);
            }
        }
        for (String w : List.of("co", "corp", "inc", "ltd", "llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "sas", "sarl",
                "srl", "spa", "bv", "nv", "oy", "ab", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "oao", "zao", "pao", "ao", "tov",
                "fzco", "fze", "fzc", "fzllc", "pte", "pty", "kk", "kg", "sdn", "bhd", "dmcc", "joint", "stock", "aktsionernoe",
                "obshchestvo", "otvetstvennostyu", "ogranichennoi", "zakrytoe", "otkrytoe", "publichnoe", "sociedad",
                "anonima", "societe", "sro", "as", "doo", "dd", "ad", "ead", "eood", "ltda", "cv", "de")) {
            KINDS.put(w, LEGAL);
        }
        for (String w : List.of("university", "institute", "technology", "college", "academy", "science", "research",
                "center", "laboratory", "national", "international", "engineering", "industrial", "group", "holding",
                "holdings", "trading", "trade", "import", "export", "electronics", "school", "department", "state", "key",
                "foundation", "society", "association", "bureau", "ministry", "enterprise", "enterprises", "development",
                "services", "service", "systems", "system", "information", "communications", "general", "new", "advanced",
                "applied", "central", "federal", "scientific", "design", "production", "plant", "factory", "branch",
                "office", "faculty", "division", "unit", "polytechnic", "agency", "administration", "commission",
                "committee", "council", "organization", "organisation", "global", "world", "first", "second", "third")) {
            KINDS.put(w, GENERIC);
        }
    }

    private NameNormalizer() {
    }

    public static NameNormalizer shared() {
        return SHARED;
    }

    /** Tokens of a name with their kinds (see class comment). */
    public record Normalized(String[] tokens, byte[] flags) {
        public boolean isEmpty() {
            return tokens.length == 0;
        }

        public String joined() {
            return String.join(" ", tokens);
        }

        public int kind(int i) {
            return flags[i] & 3;
        }
    }

    /** Tokens of {@code raw}; never null, possibly empty. */
    public Normalized normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Normalized(new String[0], new byte[0]);
        }
        List<String> words = new ArrayList<>(8);
        List<Byte> origins = new ArrayList<>(8);
        toWords(raw, words, origins);
        // Join runs of single letters ("l l c" → "llc", "j s c" → "jsc"); keep a lone initial as it is.
        List<String> merged = new ArrayList<>(words.size());
        List<Byte> mergedOrigins = new ArrayList<>(words.size());
        StringBuilder run = new StringBuilder();
        byte runOrigin = 0;
        for (int i = 0; i <= words.size(); i++) {
            String w = i < words.size() ? words.get(i) : null;
            if (w != null && w.length() == 1 && Character.isLetter(w.charAt(0))) {
                run.append(w);
                runOrigin |= origins.get(i);
                continue;
            }
            if (run.length() > 0) {
                merged.add(run.toString());
                mergedOrigins.add(runOrigin);
                run.setLength(0);
                runOrigin = 0;
            }
            if (w != null) {
                merged.add(w);
                mergedOrigins.add(origins.get(i));
            }
        }
        List<String> tokens = new ArrayList<>(merged.size());
        List<Byte> flags = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            String w = merged.get(i);
            String canonical = ABBREVIATIONS.getOrDefault(w, w);
            if (STOP.contains(canonical) && merged.size() > 1) {
                continue;
            }
            byte kind = KINDS.getOrDefault(canonical, NORMAL);
            tokens.add(canonical);
            flags.add((byte) (kind | mergedOrigins.get(i)));
        }
        byte[] f = new byte[flags.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = flags.get(i);
        }
        return new Normalized(tokens.toArray(new String[0]), f);
    }

    /** The normalised tokens joined by spaces: equal keys mean the same name for the matcher. */
    public String key(String raw) {
        return normalize(raw).joined();
    }

    /**
     * The parts of a name or affiliation between commas, semicolons, parentheses and brackets ("Harbin Institute of
     * Technology, Shenzhen" → "Harbin Institute of Technology", "Shenzhen"). Empty when there is only one part.
     */
    public List<String> segments(String raw) {
        if (raw == null) {
            return List.of();
        }
        boolean any = false;
        for (int i = 0; i < raw.length() && !any; i++) {
            any = SEGMENT_CHARS.indexOf(raw.charAt(i)) >= 0;
        }
        if (!any) {
            return List.of();
        }
        String[] parts = SEGMENT_SPLIT.split(raw);
        if (parts.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    /** True when every token of {@code phrase} is a legal form or a generic word ("GROUP", "Co., Ltd."). */
    public static boolean isGenericOrLegalPhrase(String phrase) {
        Normalized n = SHARED.normalize(phrase);
        for (int i = 0; i < n.tokens().length; i++) {
            if (n.kind(i) == NORMAL) {
                return false;
            }
        }
        return true;
    }

    public static boolean isLegalForm(String token) {
        return KINDS.get(token) != null && KINDS.get(token) == LEGAL;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void toWords(String raw, List<String> words, List<Byte> origins) {
        String s = raw;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (isAscii(s)) {
            splitAscii(s, (byte) 0, words, origins);
            return;
        }
        // Process runs by script: Han runs become one pinyin token; others are transliterated to ASCII.
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            boolean han = isHan(cp);
            int j = i;
            while (j < n) {
                int c = s.codePointAt(j);
                if (isHan(c) != han) {
                    break;
                }
                j += Character.charCount(c);
            }
            String run = s.substring(i, j);
            if (han) {
                String pinyin = HAN_TO_LATIN.get().transliterate(run).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (!pinyin.isEmpty()) {
                    words.add(pinyin);
                    origins.add(FROM_HAN);
                }
            } else {
                byte origin = hasAbjad(run) ? FROM_ABJAD : 0;
                String latin = isAscii(run) ? run : toAscii(run);
                splitAscii(latin, origin, words, origins);
            }
            i = j;
        }
    }

    private static String toAscii(String run) {
        boolean onlyLatin = true;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c > 0x24F && !Character.isWhitespace(c) && Character.isLetter(c)) {
                onlyLatin = false;
                break;
            }
        }
        if (onlyLatin) {
            String stripped = Normalizer.normalize(run, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            return isAscii(stripped) ? stripped : LATIN_TO_ASCII.get().transliterate(stripped);
        }
        return TO_LATIN.get().transliterate(run);
    }

    private static void splitAscii(String s, byte origin, List<String> words, List<Byte> origins) {
        StringBuilder w = new StringBuilder(16);
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : ' ';
            if (c >= 'A' && c <= 'Z') {
                w.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                w.append(c);
            } else if (c == '\'' || c == '’' || c == '`' || c == 'ʿ' || c == 'ʾ' || c == '´') {
                // apostrophes and Arabic ayin/hamza marks join: "O'Brien" → "obrien", "ʿly" → "ly"
            } else {
                if (w.length() > 0) {
                    words.add(w.toString());
                    origins.add(origin);
                    w.setLength(0);
                }
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean hasAbjad(String s) {
        for (int k = 0; k < s.length(); k++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(k));
            if (sc == Character.UnicodeScript.ARABIC || sc == Character.UnicodeScript.HEBREW) {
                return true;
            }
        }
        return false;
    }
}
