package org.collabrisk.domain;

/** The base model an artifact was derived from (4E091 Exclusion Note 1: derived-model rule). */
public record DerivedFrom(Boolean published, Double baseTrainingOperations, Double additionalTrainingOperations) {
}
