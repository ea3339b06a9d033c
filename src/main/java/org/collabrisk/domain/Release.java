package org.collabrisk.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One artifact released to one person. {@code reasons} are in the order the decision was taken; each names the
 * regulation it rests on. {@code remediation} says what would lower the outcome, in words, with the outcome it
 * would give; {@code remedies} carries the same in structured form.
 */
@JsonPropertyOrder({"artifact", "person", "destination", "classification", "subjectToEar", "licenseRequired",
        "outcome", "reasons", "remediation", "remedies"})
public record Release(String artifact, String person, Country destination, String classification,
                      Boolean subjectToEar, Boolean licenseRequired, Outcome outcome, List<Reason> reasons,
                      List<String> remediation, List<Remedy> remedies) {
    public Release {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        remediation = remediation == null ? List.of() : List.copyOf(remediation);
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
    }
}
