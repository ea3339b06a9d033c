package org.collabrisk.batch;

import org.collabrisk.domain.Country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Embargoed or comprehensively sanctioned places, status as of the domain reference (section 2.2, compiled
 * 2026-11-22). An affiliation in one of them is flagged separately from list hits ({@code field = country}),
 * with the citation, because U.S. sanctions on services and the EAR's embargo rules can reach such authors
 * whatever the lists say. Citizenship is not known in a batch; these flags are about the affiliation's place.
 */
public enum SanctionedPlace {
    CUBA("CU", "Cuba", "15 CFR 746.2 (Cuba, Country Group E:2); 31 CFR part 515 (CACR)",
            "Cuba is under the U.S. embargo: the EAR requires a licence for all items subject to the EAR, including "
                    + "any release of technology or source code to a Cuban national (15 CFR 746.2), and OFAC's Cuban Assets "
                    + "Control Regulations (31 CFR part 515) restrict services; OFAC's publishing general licence "
                    + "(31 CFR 515.577, current text UNCONFIRMED) may cover peer review and publishing.",
            "cuba", "havana", "habana", "la habana"),
    IRAN("IR", "Iran", "15 CFR 746.7 (Country Groups E:1, D:5); 31 CFR part 560 (ITSR)",
            "Iran is comprehensively sanctioned: the ITSR (31 CFR part 560, 560.204 export of services) bar services "
                    + "by U.S. persons and the EAR allows no licence exceptions for Iran (15 CFR 746.7(c)); OFAC's publishing "
                    + "general licence (31 CFR 560.538, current text UNCONFIRMED) does not cover authors employed by the "
                    + "Government of Iran (31 CFR 560.304).",
            "iran", "tehran", "teheran", "isfahan", "esfahan", "shiraz", "tabriz", "mashhad", "qom"),
    NORTH_KOREA("KP", "North Korea", "15 CFR 746.4 (Country Groups E:1, D:5); 31 CFR part 510 (NKSR)",
            "North Korea is comprehensively sanctioned: a licence is required for all items subject to the EAR except "
                    + "EAR99 food and medicine (15 CFR 746.4), and OFAC's North Korea Sanctions Regulations (31 CFR part 510) "
                    + "bar dealings.",
            "north korea", "dprk", "pyongyang", "democratic people's republic of korea"),
    SYRIA("SY", "Syria", "15 CFR 746.9, 740.5 (License Exception SPP), Country Groups E:1, D:5; E.O. 14312",
            "Syria: OFAC's Syria sanctions program was terminated effective July 1, 2025 (E.O. 14312, 90 FR 29395), "
                    + "so services are no longer comprehensively barred, but Syria remains in EAR Country Groups E:1 and D:5 "
                    + "and a licence is still required for CCL items (15 CFR 746.9; EAR99 items under License Exception SPP, "
                    + "15 CFR 740.5, since Sept. 2, 2025); Assad-related SDN designations continue (E.O. 13894). "
                    + "State Sponsor of Terrorism rescission UNCONFIRMED.",
            "syria", "damascus", "aleppo", "latakia", "homs"),
    CRIMEA_DNR_LNR("UA-43", "Crimea / so-called DNR / LNR regions of Ukraine",
            "15 CFR 746.6; E.O. 13685 (Crimea); E.O. 14065 (DNR/LNR)",
            "The Crimea region and the so-called Donetsk and Luhansk People's Republics are under comprehensive U.S. "
                    + "embargoes (E.O. 13685, E.O. 14065): a licence is required for all items subject to the EAR other than "
                    + "EAR99 food and medicine (15 CFR 746.6), and deemed exports there are judged by passport nationality "
                    + "(746.6(a)(3)). Whether an institution named after these places still operates there must be checked "
                    + "by hand (Kherson/Zaporizhzhia status UNCONFIRMED).",
            "crimea", "krym", "sevastopol", "simferopol", "kerch", "yalta", "donetsk", "luhansk", "lugansk",
            "donetsk people's republic", "luhansk people's republic");

    private final String code;
    private final String displayName;
    private final String citation;
    private final String explanation;
    private final String[] placeWords;

    SanctionedPlace(String code, String displayName, String citation, String explanation, String... placeWords) {
        this.code = code;
        this.displayName = displayName;
        this.citation = citation;
        this.explanation = explanation;
        this.placeWords = placeWords.clone();
    }

    /** ISO code of the country, or {@code UA-43} (Crimea's ISO 3166-2 code) for the occupied regions. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public String citation() {
        return citation;
    }

    public String explanation() {
        return explanation;
    }

    /** The place a country column names, when it is one of these. Regions of Ukraine cannot be told from "UA". */
    public static Optional<SanctionedPlace> ofCountry(Country country) {
        if (country == null) {
            return Optional.empty();
        }
        for (SanctionedPlace p : values()) {
            if (p.code.equals(country.code())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Places named in a free-text affiliation ("Sharif University of Technology, Tehran"). */
    public static List<SanctionedPlace> namedIn(String affiliation) {
        List<SanctionedPlace> found = new ArrayList<>();
        if (affiliation == null || affiliation.isBlank()) {
            return found;
        }
        String folded = fold(affiliation);
        for (SanctionedPlace p : values()) {
            for (String w : p.placeWords) {
                if (containsWord(folded, w)) {
                    found.add(p);
                    break;
                }
            }
        }
        return found;
    }

    /** {@code word} occurs in {@code text} with no letter or digit right before or after it. */
    static boolean containsWord(String text, String word) {
        int from = 0;
        int i;
        while ((i = text.indexOf(word, from)) >= 0) {
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
        return false;
    }

    /** Lower case without diacritics; plain ASCII (most affiliations) skips Unicode decomposition. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String n = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace('’', '\'');
        return n.toLowerCase(Locale.ROOT);
    }
}
