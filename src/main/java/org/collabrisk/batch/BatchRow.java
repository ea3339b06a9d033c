package org.collabrisk.batch;

import org.collabrisk.domain.Country;

import java.util.List;

/**
 * One usable author row of a batch CSV. {@code affiliations} are the {@code +}-separated parts of the
 * affiliation cell (trimmed, empty parts dropped); {@code affiliationCountries} has one slot per affiliation
 * (null = unknown), and {@code countries} every country the row names. Citizenship is never part of a batch row.
 */
public record BatchRow(long line, String paperId, String title, String author, List<String> affiliations,
                       String countryText, List<Country> affiliationCountries, List<Country> countries,
                       String emailDomain) {
    public BatchRow {
        affiliations = List.copyOf(affiliations);
        affiliationCountries = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(affiliationCountries));
        countries = List.copyOf(countries);
    }
}
