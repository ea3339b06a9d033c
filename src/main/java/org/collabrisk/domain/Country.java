package org.collabrisk.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An ISO 3166-1 alpha-2 country code. Only codes ISO assigns are accepted (the JDK's list), so a typo such as
 * "CH" for China is still a valid code (Switzerland) but "XX" or "China" is rejected: use {@link #parse} for
 * names. Hong Kong keeps its own ISO code; {@link #earDestination()} says how the EAR treats it.
 */
public record Country(String code) implements Comparable<Country> {

    private static final Set<String> CODES;
    private static final Map<String, String> BY_NAME;

    /** Names and common aliases users and list files write, folded with {@link #fold}. */
    private static final String[][] ALIASES = {
            {"CN", "china", "people's republic of china", "peoples republic of china", "prc", "p.r. china", "pr china",
                    "p r china", "mainland china", "china (prc)", "china, people's republic of", "china prc"},
            {"HK", "hong kong", "hong kong sar", "hong kong, china", "hong kong sar china", "hongkong"},
            {"MO", "macau", "macao", "macau sar", "macao sar", "macau, china", "macao sar china"},
            {"TW", "taiwan", "taiwan, province of china", "republic of china", "chinese taipei", "taiwan roc"},
            {"KR", "korea", "south korea", "korea, republic of", "republic of korea", "korea (south)", "korea, south",
                    "korea (republic of)", "rok", "s. korea"},
            {"KP", "north korea", "korea, democratic people's republic of", "dprk", "korea (north)", "korea, north",
                    "democratic people's republic of korea"},
            {"TR", "turkey", "turkiye", "türkiye", "republic of turkey", "republic of türkiye"},
            {"RU", "russia", "russian federation"},
            {"US", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "america", "us"},
            {"GB", "uk", "u.k.", "united kingdom", "great britain", "britain", "england", "scotland", "wales",
                    "northern ireland", "united kingdom of great britain and northern ireland"},
            {"IR", "iran", "iran, islamic republic of", "islamic republic of iran"},
            {"SY", "syria", "syrian arab republic"},
            {"VN", "vietnam", "viet nam"},
            {"LA", "laos", "lao people's democratic republic", "lao pdr"},
            {"MD", "moldova", "republic of moldova", "moldova, republic of"},
            {"BO", "bolivia", "bolivia, plurinational state of"},
            {"VE", "venezuela", "venezuela, bolivarian republic of"},
            {"TZ", "tanzania", "tanzania, united republic of"},
            {"CD", "democratic republic of the congo", "congo, democratic republic of the", "dr congo", "drc",
                    "congo (democratic republic of)", "congo (kinshasa)"},
            {"CG", "republic of the congo", "congo", "congo (brazzaville)"},
            {"CZ", "czech republic", "czechia"},
            {"MM", "burma", "myanmar"},
            {"CI", "ivory coast", "cote d'ivoire", "côte d'ivoire"},
            {"MK", "north macedonia", "macedonia"},
            {"SZ", "eswatini", "swaziland"},
            {"CV", "cape verde", "cabo verde"},
            {"PS", "palestine", "state of palestine", "palestinian territories"},
            {"VA", "holy see", "vatican", "vatican city"},
            {"BN", "brunei", "brunei darussalam"},
            {"FM", "micronesia", "micronesia, federated states of"},
            {"AE", "uae", "united arab emirates", "u.a.e."},
            {"NL", "netherlands", "the netherlands", "holland"},
            {"BS", "bahamas", "the bahamas"},
            {"GM", "gambia", "the gambia"},
            {"SA", "saudi arabia", "ksa", "kingdom of saudi arabia"},
    };

    static {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        CODES = Collections.unmodifiableSet(codes);
        Map<String, String> byName = new HashMap<>();
        for (String c : codes) {
            // CLDR writes "Bosnia & Herzegovina", "St. Lucia"; lists and users write "and" and "Saint".
            String name = fold(new Locale("", c).getDisplayCountry(Locale.ENGLISH));
            for (String variant : new String[]{name, name.replace(" & ", " and ")}) {
                byName.put(variant, c);
                if (variant.startsWith("st. ")) {
                    byName.put("saint " + variant.substring(4), c);
                }
            }
        }
        for (String[] row : ALIASES) {
            for (int i = 1; i < row.length; i++) {
                byName.put(fold(row[i]), row[0]);
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    /** Jackson and callers: a strict alpha-2 code, upper or lower case. */
    public Country {
        if (code == null) {
            throw new InvalidInputException("country code is missing");
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!CODES.contains(c)) {
            throw new InvalidInputException("'" + code + "' is not an ISO 3166-1 alpha-2 country code"
                    + parse(code).map(k -> " (did you mean " + k.code() + " for " + k.displayName() + "?)").orElse(""));
        }
        code = c;
    }

    @JsonCreator
    public static Country of(String code) {
        return new Country(code);
    }

    /** Resolves a code or an English name/alias ("People's Republic of China", "Türkiye", "DE"). */
    public static Optional<Country> parse(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String trimmed = nameOrCode.trim();
        if (trimmed.length() == 2 && CODES.contains(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(new Country(trimmed));
        }
        String code = BY_NAME.get(fold(trimmed));
        return code == null ? Optional.empty() : Optional.of(new Country(code));
    }

    public static boolean isKnownCode(String code) {
        return code != null && CODES.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    /** All known codes with their English names, sorted by code. */
    public static Map<String, String> all() {
        Map<String, String> m = new TreeMap<>();
        for (String c : CODES) {
            m.put(c, new Locale("", c).getDisplayCountry(Locale.ENGLISH));
        }
        return m;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String displayName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * The country the EAR treats this one as. BIS removed Hong Kong as a separate destination in December 2020
     * (85 FR 83788, FR page UNCONFIRMED per the domain reference, section 1.4): Hong Kong is treated as China.
     */
    public Country earDestination() {
        return "HK".equals(code) ? new Country("CN") : this;
    }

    @Override
    public int compareTo(Country o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s_]+", " ").trim();
    }
}
