package org.collabrisk.domain;

import java.util.List;

/**
 * One entry of a restricted-party list, as imported. {@code list} is a {@link RestrictedList} code,
 * {@code id} the list's own id for the entry (CSL {@code _id}, OFAC {@code ent_num}); {@code aliases} are the
 * other names the entry is known by (split out of brackets, "a.k.a." clauses and parentheses by the importer);
 * {@code parentId} links a subordinate institute to its parent entry. Entity List and MEU entries keep their
 * licence requirement, review policy and Federal Register citations.
 */
public record ListEntry(String list, String id, String name, List<String> aliases, String type,
                        List<Country> countries, String licenseRequirement, String licensePolicy,
                        String federalRegister, String programs, String parentId, String remarks) {
    public ListEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    /** Every name of the entry, primary first. */
    public List<String> allNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
