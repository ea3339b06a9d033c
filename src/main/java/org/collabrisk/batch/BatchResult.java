package org.collabrisk.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.collabrisk.domain.ListVersion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of screening one batch: what was read, with which lists and settings, and the short list of papers
 * to look at. This is what the reports show and what is kept for audit (15 CFR 762.6: five years).
 *
 * @param flaggedPapersByList   number of flagged papers with at least one reason on each list (EMBARGO for country flags)
 * @param findingsByCountry     reasons per affiliation country code ("unknown" when the batch does not say)
 * @param hitsOutsidePolicy     list hits per list code that the policy leaves out (shown so the chair knows they exist)
 * @param distinctNamesScreened distinct author names and affiliation strings sent to the matcher
 */
@JsonPropertyOrder({"formatVersion", "runId", "startedAt", "input", "policy", "policyDescription", "threshold",
        "lists", "papers", "rowsUsed", "distinctNamesScreened", "flaggedPapers", "flaggedPapersByList",
        "findingsByCountry", "hitsOutsidePolicy", "citizenshipNote", "notice", "problems", "flagged", "timingsMillis"})
public record BatchResult(int formatVersion, String runId, Instant startedAt, InputSummary input, String policy,
                          String policyDescription, double threshold, List<ListVersion> lists, int papers,
                          int rowsUsed, int distinctNamesScreened, int flaggedPapers,
                          Map<String, Integer> flaggedPapersByList, Map<String, Integer> findingsByCountry,
                          Map<String, Integer> hitsOutsidePolicy, String citizenshipNote, String notice,
                          List<RowProblem> problems, List<FlaggedPaper> flagged, Map<String, Long> timingsMillis) {

    /** Said in every report: a batch has no citizenship data, and the tool does not infer it. */
    public static final String CITIZENSHIP_NOTE = "Citizenship is unknown in a batch: it is not inferred from the "
            + "affiliation's country. Deemed-export questions (15 CFR 734.13(b)) depend on each person's most recent "
            + "country of citizenship or permanent residency and must be answered per person.";

    /** The not-legal-advice sentence of the product design, with the date of the sanctions status used. */
    public static final String NOTICE = "Screening aid for the export-control office, not legal advice. "
            + "Sanctioned-place status as of the domain reference of 2026-11-22; list hits are only as current as the "
            + "loaded lists. Name matches cannot see ownership (the 50 % Affiliates rule) or identity details: "
            + "every flagged paper needs a human decision.";

    public record InputSummary(String file, String sha256, long recordsRead, long rowsSkipped, long warnings) {
    }

    public BatchResult {
        lists = List.copyOf(lists);
        problems = List.copyOf(problems);
        flagged = List.copyOf(flagged);
    }
}
