package org.collabrisk.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * The result of assessing a case under one rule set (product design, "Assessment"). {@code notice} is the
 * not-legal-advice statement with the rule set's date; {@code lists} the screening lists used, with their hashes.
 */
@JsonPropertyOrder({"caseId", "ruleSet", "assessedAt", "overall", "releases", "screening", "questions", "lists", "notice"})
public record Assessment(String caseId, RuleSetRef ruleSet, Instant assessedAt, Outcome overall,
                         List<Release> releases, List<ScreeningHit> screening, List<String> questions,
                         List<ListVersion> lists, String notice) {

    public Assessment {
        releases = releases == null ? List.of() : List.copyOf(releases);
        screening = screening == null ? List.of() : List.copyOf(screening);
        questions = questions == null ? List.of() : List.copyOf(questions);
        lists = lists == null ? List.of() : List.copyOf(lists);
    }

    /** The release of one artifact to one person, if the case has it. */
    public java.util.Optional<Release> release(String artifactId, String personId) {
        return releases.stream().filter(r -> r.artifact().equals(artifactId) && r.person().equals(personId))
                .findFirst();
    }
}
