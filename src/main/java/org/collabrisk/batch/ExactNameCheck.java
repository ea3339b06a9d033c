package org.collabrisk.batch;

import org.collabrisk.domain.ListEntry;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent check of batch screening, used by the benchmark: every paper whose affiliation exactly names an
 * entry of a list (after a plain normalisation: Unicode compatibility folding, diacritics removed, case folded,
 * "&amp;" read as "and", punctuation as space) must be flagged with a hit on that list. It does not use the matcher.
 */
public final class ExactNameCheck {

    /** Papers expected to be flagged (paper id → the affiliation that names an entry exactly) and those found. */
    public record Outcome(Map<String, String> expected, Set<String> found, Set<String> missed) {
        public boolean allFound() {
            return missed.isEmpty();
        }
    }

    private ExactNameCheck() {
    }

    public static Outcome check(List<ListEntry> entries, String listCode, BatchInput input, BatchResult result) {
        Map<String, ListEntry> byName = new HashMap<>();
        for (ListEntry e : entries) {
            if (!listCode.equals(e.list())) {
                continue;
            }
            for (String n : e.allNames()) {
                String k = normalise(n);
                if (!k.isEmpty()) {
                    byName.putIfAbsent(k, e);
                }
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (BatchRow row : input.rows()) {
            for (String a : row.affiliations()) {
                if (byName.containsKey(normalise(a))) {
                    expected.putIfAbsent(row.paperId(), a);
                }
            }
        }
        Set<String> flaggedOnList = new TreeSet<>();
        for (FlaggedPaper p : result.flagged()) {
            for (BatchFinding f : p.findings()) {
                if (listCode.equals(f.list()) && BatchFinding.FIELD_AFFILIATION.equals(f.field())) {
                    flaggedOnList.add(p.paperId());
                }
            }
        }
        Set<String> found = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (String id : expected.keySet()) {
            (flaggedOnList.contains(id) ? found : missed).add(id);
        }
        return new Outcome(expected, found, missed);
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
