package org.collabrisk.domain;

/** What is shared (case file `artifacts[].kind`). */
public enum ArtifactKind {
    MODEL_WEIGHTS, ARCHITECTURE, SOURCE_CODE, OBJECT_CODE, DATASET, TRAINING_RECIPE, EVALUATION_RESULTS, MANUSCRIPT, AGENT_FRAMEWORK
}
