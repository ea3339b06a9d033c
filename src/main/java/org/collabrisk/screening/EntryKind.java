package org.collabrisk.screening;

import org.collabrisk.domain.ListEntry;

/**
 * Whether an entry is a person or an organisation. Treasury rows say so in {@code type}; BIS and State rows leave it
 * empty (peers.md d2), so the kind is inferred from the name: legal forms, generic organisation words or digits mean
 * an organisation; otherwise the kind stays {@link #UNKNOWN} and the entry is screened against both names and
 * affiliations.
 */
public enum EntryKind {
    PERSON, ORGANISATION, VESSEL_OR_AIRCRAFT, UNKNOWN;

    public static EntryKind of(ListEntry e) {
        String type = e.type() == null ? "" : e.type().trim().toLowerCase(java.util.Locale.ROOT);
        switch (type) {
            case "individual":
                return PERSON;
            case "entity":
                return ORGANISATION;
            case "vessel":
            case "aircraft":
                return VESSEL_OR_AIRCRAFT;
            default:
                break;
        }
        NameNormalizer.Normalized n = NameNormalizer.shared().normalize(e.name());
        if (n.tokens().length <= 1 || n.tokens().length >= 6) {
            return ORGANISATION;
        }
        for (int i = 0; i < n.tokens().length; i++) {
            if (n.kind(i) != NameNormalizer.NORMAL || Character.isDigit(n.tokens()[i].charAt(0))) {
                return ORGANISATION;
            }
        }
        return UNKNOWN;
    }

    public boolean couldBePerson() {
        return this == PERSON || this == UNKNOWN;
    }

    public boolean couldBeOrganisation() {
        return this == ORGANISATION || this == UNKNOWN;
    }
}
