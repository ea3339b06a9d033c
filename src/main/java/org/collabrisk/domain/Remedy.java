package org.collabrisk.domain;

/** A change that would lower a release's outcome, the regulation behind it, and the outcome it would give. */
public record Remedy(String action, String citation, Outcome resultingOutcome) {
}
