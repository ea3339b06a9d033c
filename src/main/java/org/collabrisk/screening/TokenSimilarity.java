package org.collabrisk.screening;

/**
 * Similarity of two normalised tokens, 0–1. The one definition used by the index and by the brute-force baseline:
 * <ul>
 *   <li>equal tokens: 1;</li>
 *   <li>an initial matches a token with the same first letter: {@link #INITIAL};</li>
 *   <li>tokens of 2–3 letters match only exactly (no fuzzy credit for "co" vs "go");</li>
 *   <li>spelling variants: Jaro-Winkler (prefix scale 0.1), counted only for the same first letter, within
 *       {@link #maxEdits} edits (none under 6 letters, 1 from 6, 2 from 9) and when at least {@link #FUZZY_MIN};</li>
 *   <li>transliteration variants with the same {@link #phoneticKey} ("aleksandr" / "alexander", "dmitriy" /
 *       "dmitry"): 0.92;</li>
 *   <li>a token transliterated from Arabic or Hebrew (written without most vowels) against a Latin token with the
 *       same consonant skeleton ("mhmd" / "mohamed"): 0.90.</li>
 * </ul>
 */
final class TokenSimilarity {

    static final double FUZZY_MIN = 0.88;
    static final double PHONETIC = 0.92;
    static final double SKELETON = 0.90;
    /** An initial against a name with that first letter ("B." / "Borisovich"). */
    static final double INITIAL = 0.85;

    private TokenSimilarity() {
    }

    /** Spelling variants: none under 6 letters (short tokens and pinyin syllables differ by one letter: "zhang" /
     * "chang"), 1 edit from 6 letters, 2 edits from 9. */
    static int maxEdits(int length) {
        return length >= 9 ? 2 : length >= 6 ? 1 : 0;
    }

    /** {@code abjad}: one of the tokens came from Arabic or Hebrew script. */
    static double similarity(String a, String b, boolean abjad) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) && Character.isLetter(a.charAt(0)) ? INITIAL : 0;
        }
        double best = 0;
        if (abjad) {
            String sa = skeleton(a);
            if (!sa.isEmpty() && sa.equals(skeleton(b))) {
                best = SKELETON;
            }
        }
        best = Math.max(best, spelling(a, b));
        if (Math.min(a.length(), b.length()) < 4) {
            return best;
        }
        String ka = best < PHONETIC ? phoneticKey(a) : null;
        if (ka != null && ka.equals(phoneticKey(b))) {
            best = PHONETIC;
        }
        return best;
    }

    /** The spelling-variant part: Jaro-Winkler when within {@link #maxEdits} edits and at least {@link #FUZZY_MIN}. */
    static double spelling(String a, String b) {
        int min = Math.min(a.length(), b.length());
        int k = maxEdits(min);
        // a typo rarely changes the first letter; names that differ there are other names ("civera" / "rivera")
        if (k == 0 || a.charAt(0) != b.charAt(0)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) <= k && withinEdits(a, b, k)) {
            double jw = jaroWinkler(a, b);
            if (jw >= FUZZY_MIN) {
                return jw;
            }
        }
        return 0;
    }

    /**
     * A key that is equal for common romanisation variants of one name: the first letter, then the consonants with
     * x→ks, kh→h, ph→f, c/q→k, w→v, doubles once ("aleksandr" and "alexander" → "alksndr"). Null for tokens under
     * 5 letters or with fewer than 4 consonants after the first letter, where such a key would join different names
     * ("maria" / "mario").
     */
    static String phoneticKey(String t) {
        if (t.length() < 5) {
            return null;
        }
        StringBuilder b = new StringBuilder(t.length() + 2);
        b.append(t.charAt(0));
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            switch (c) {
                case 'x' -> b.append("ks");
                case 'k', 'p', 'c' -> {
                    if (next == 'h') {
                        b.append(c == 'p' ? 'f' : c == 'k' ? 'h' : 'c');
                        i++;
                    } else if (c == 'c' && next == 'k') {
                        b.append('k');
                        i++;
                    } else {
                        b.append(c == 'c' ? 'k' : c);
                    }
                }
                case 'q' -> b.append('k');
                case 'w' -> b.append('v');
                case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> {
                    // vowels and vowel-like letters differ most between romanisations
                }
                default -> b.append(c);
            }
        }
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.length() >= 5 ? out.toString() : null;
    }

    /** Consonants only (vowels, y, w, h-after-consonant dropped; doubles once): "mohamed" → "mhmd", "ly" → "l". */
    static String skeleton(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouyw".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'h' && i > 0 && "kgsdtz".indexOf(t.charAt(i - 1)) >= 0) {
                continue;
            }
            if (c == 'q') {
                c = 'k';
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * True when the optimal-string-alignment distance (Levenshtein plus swaps of neighbouring letters) of a and b is
     * at most k. Tokens are short, so a full table with an early exit per row is cheap.
     */
    static boolean withinEdits(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return false;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= k;
    }

    static double jaroWinkler(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int t = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
