package org.collabrisk.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reason to look at a paper: an author or affiliation matched a list entry through an alias
 * ({@code field} = {@code author} or {@code affiliation}), or an affiliation is in an embargoed or comprehensively
 * sanctioned place ({@code field} = {@code country}, {@code list} = {@code EMBARGO}, {@code entry} the place code,
 * {@code score} null). {@code value} is the text that was screened; {@code country} the alpha-2 code of the affiliation's country when the batch gives it (for the
 * chart by country); {@code line} the CSV line it came from (the first, when several authors share the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"paper_id", "title", "author", "field", "value", "list", "entry", "entryName", "matchedName",
        "score", "band", "reason", "citation", "country", "line"})
public record BatchFinding(@com.fasterxml.jackson.annotation.JsonProperty("paper_id") String paperId,
                           String title, String author, String field, String value, String list, String entry,
                           String entryName, String matchedName, Double score, String band, String reason,
                           String citation, String country, long line) {
    public static final String FIELD_AUTHOR = "author";
    public static final String FIELD_AFFILIATION = "affiliation";
    public static final String FIELD_COUNTRY = "country";
    public static final String LIST_EMBARGO = "EMBARGO";
}
