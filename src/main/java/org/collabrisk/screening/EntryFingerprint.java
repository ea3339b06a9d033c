package org.collabrisk.screening;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hash of everything a list says about an entry (issue 3, item 4): a reviewer's disposition of a name/entry pair
 * holds until the list changes the entry (new alias, new licence policy, new address country, ...). Alias order
 * does not matter; any other change gives a new fingerprint.
 */
public final class EntryFingerprint {

    private EntryFingerprint() {
    }

    /** SHA-256 (hex) of the entry's content. */
    public static String of(ListEntry e) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.sort(null);
        List<String> countries = new ArrayList<>();
        for (Country c : e.countries()) {
            countries.add(c.code());
        }
        countries.sort(null);
        StringBuilder b = new StringBuilder(256);
        for (Object part : new Object[]{e.list(), e.id(), e.name(), String.join("\u001F", aliases), e.type(),
                String.join(",", countries), e.licenseRequirement(), e.licensePolicy(), e.federalRegister(), e.programs(),
                e.parentId(), e.remarks()}) {
            b.append(part == null ? "\u0000" : part.toString()).append('\u001E');
        }
        return ListSource.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
