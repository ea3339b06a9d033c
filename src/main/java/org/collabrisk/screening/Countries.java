package org.collabrisk.screening;

import org.collabrisk.domain.Country;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lenient country parsing for list files: codes or names; unknown values are skipped, not errors. */
final class Countries {
    private Countries() {
    }

    static List<Country> parseAll(List<String> cells) {
        Set<Country> out = new LinkedHashSet<>();
        for (String c : cells) {
            if (c == null) {
                continue;
            }
            String t = c.trim();
            if (t.isEmpty() || t.equals("-0-")) {
                continue;
            }
            Optional<Country> parsed = Country.parse(t);
            parsed.ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }
}
