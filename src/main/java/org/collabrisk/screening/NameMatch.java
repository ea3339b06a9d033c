package org.collabrisk.screening;

import org.collabrisk.domain.ListEntry;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One hit of a search: the list and entry, <b>the alias that matched</b> ({@code matchedName}; where it came from
 * when it is not the list's own text, {@code matchedNameSource}), the part of the query that matched (the whole
 * query or one comma/parenthesis segment of it), the aligned tokens, the score (0–1) and its band.
 */
public record NameMatch(String query, String matchedQuery, String list, ListEntry entry, String matchedName,
                        String matchedNameSource, List<TokenPair> alignedTokens, double score, MatchBand band) {

    public NameMatch {
        alignedTokens = List.copyOf(alignedTokens);
    }

    public String entryId() {
        return entry.id();
    }

    public String entryName() {
        return entry.name();
    }

    /** One sentence saying why this hit was raised. */
    public String why() {
        String tokens = alignedTokens.stream().map(TokenPair::toString).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s matched the alias \"%s\"%s of %s entry %s \"%s\" with score %.2f (%s); aligned tokens: %s",
                matchedQuery.equals(query) ? "\"" + query + "\"" : "the part \"" + matchedQuery + "\" of \"" + query + "\"",
                matchedName,
                matchedNameSource == null ? "" : " (" + matchedNameSource + ")", list, entry.id(), entry.name(), score,
                band, tokens.isEmpty() ? "(whole name written as one word)" : tokens);
    }
}
