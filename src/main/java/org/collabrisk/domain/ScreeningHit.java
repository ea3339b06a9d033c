package org.collabrisk.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A restricted-party list hit on a person's name or affiliation (product design, assessment {@code screening[]}).
 * {@code list} is a {@link RestrictedList} code; {@code matchedName} is the alias that matched;
 * {@code band} is {@code MATCH} or {@code REVIEW}.
 */
@JsonPropertyOrder({"person", "field", "list", "entry", "entryName", "matchedName", "score", "band",
        "licenseRequirement", "licensePolicy"})
public record ScreeningHit(String person, String field, String list, String entry, String entryName,
                           String matchedName, double score, String band, String licenseRequirement,
                           String licensePolicy) {
    public static final String FIELD_NAME = "name";
    public static final String FIELD_AFFILIATION = "affiliation";
    public static final String BAND_MATCH = "MATCH";
    public static final String BAND_REVIEW = "REVIEW";

    public RestrictedList restrictedList() {
        return RestrictedList.fromCode(list);
    }
}
