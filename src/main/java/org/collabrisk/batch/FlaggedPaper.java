package org.collabrisk.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A paper a human must look at, with every reason (deduplicated, list hits before country flags). */
@JsonPropertyOrder({"paper_id", "title", "band", "findings"})
public record FlaggedPaper(@JsonProperty("paper_id") String paperId, String title, List<BatchFinding> findings) {
    public FlaggedPaper {
        findings = List.copyOf(findings);
    }

    /** {@code MATCH} if any reason is a MATCH-band list hit, else {@code REVIEW}. */
    @JsonProperty("band")
    public String band() {
        return findings.stream().anyMatch(f -> "MATCH".equals(f.band())) ? "MATCH" : "REVIEW";
    }
}
