package org.collabrisk.screening;

import java.util.EnumSet;
import java.util.Set;

/**
 * Options of one search: the kinds of entries to consider (names against people, affiliations against
 * organisations), the reviewer's suppressed pairs, and the most hits to return.
 */
public record SearchOptions(Set<EntryKind> kinds, Set<Suppression> suppressed, int maxHits, QueryKind queryKind) {

    /** What the query is: a person's name, an affiliation (may add campus or city words), or either. */
    public enum QueryKind { ANY, PERSON_NAME, AFFILIATION }

    public static final SearchOptions DEFAULT = new SearchOptions(EnumSet.allOf(EntryKind.class), Set.of(), 20, QueryKind.ANY);

    public SearchOptions {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(EntryKind.class) : EnumSet.copyOf(kinds);
        suppressed = suppressed == null ? Set.of() : Set.copyOf(suppressed);
        maxHits = maxHits <= 0 ? 20 : maxHits;
        queryKind = queryKind == null ? QueryKind.ANY : queryKind;
    }

    /** Person names: individuals and entries whose kind the list does not say. */
    public static SearchOptions forPersonNames(Set<Suppression> suppressed) {
        return new SearchOptions(EnumSet.of(EntryKind.PERSON, EntryKind.UNKNOWN), suppressed, 20, QueryKind.PERSON_NAME);
    }

    /** Affiliations: organisations and entries whose kind the list does not say. */
    public static SearchOptions forAffiliations(Set<Suppression> suppressed) {
        return new SearchOptions(EnumSet.of(EntryKind.ORGANISATION, EntryKind.UNKNOWN), suppressed, 20, QueryKind.AFFILIATION);
    }

    public SearchOptions withSuppressed(Set<Suppression> s) {
        return new SearchOptions(kinds, s, maxHits, queryKind);
    }
}
