package org.collabrisk.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Optional;

/**
 * A case: a paper, its people and the artifacts to be shared (case file format v1, product design "Case file").
 * Immutable; lists are copied. {@code id} may be null for a case that has not been saved yet.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"formatVersion", "id", "title", "paper", "people", "artifacts"})
public record ResearchCase(int formatVersion, String id, String title, Paper paper, List<Person> people,
                           List<Artifact> artifacts) {

    public static final int FORMAT_VERSION = 1;

    public ResearchCase {
        people = people == null ? List.of() : List.copyOf(people);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    public Optional<Artifact> artifact(String artifactId) {
        return artifacts.stream().filter(a -> a.id().equals(artifactId)).findFirst();
    }

    /** The people an artifact goes to: its {@code sharedWith} ids, or everyone on the case when empty. */
    public List<Person> recipientsOf(Artifact artifact) {
        if (artifact.sharedWith().isEmpty()) {
            return people;
        }
        return people.stream().filter(p -> artifact.sharedWith().contains(p.id())).toList();
    }

    public ResearchCase withId(String newId) {
        return new ResearchCase(formatVersion, newId, title, paper, people, artifacts);
    }

    public ResearchCase withPeople(List<Person> newPeople) {
        return new ResearchCase(formatVersion, id, title, paper, newPeople, artifacts);
    }

    public ResearchCase withArtifacts(List<Artifact> newArtifacts) {
        return new ResearchCase(formatVersion, id, title, paper, people, newArtifacts);
    }

    public ResearchCase withPaper(Paper newPaper) {
        return new ResearchCase(formatVersion, id, title, newPaper, people, artifacts);
    }

    public ResearchCase withTitle(String newTitle) {
        return new ResearchCase(formatVersion, id, newTitle, paper, people, artifacts);
    }
}
