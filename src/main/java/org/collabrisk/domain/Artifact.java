package org.collabrisk.domain;

import java.util.List;
import java.util.Map;

/**
 * Something to be shared. Null booleans mean "unknown". {@code eccn} null lets the rule set classify.
 * {@code trainingOperations} counts operations as in 4E091 Technical Note 2; {@code sharedWith} empty means
 * everyone on the case.
 */
public record Artifact(String id, ArtifactKind kind, String name, Boolean published, Boolean intendedForPublication,
                       String eccn, Double trainingOperations, Double parameters, Boolean mixtureOfExperts,
                       DerivedFrom derivedFrom, Map<String, Double> benchmarks, Encryption encryption,
                       Channel channel, List<String> sharedWith) {

    public Artifact {
        benchmarks = benchmarks == null ? Map.of() : Map.copyOf(benchmarks);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    public Artifact withPublished(Boolean value) {
        return new Artifact(id, kind, name, value, intendedForPublication, eccn, trainingOperations, parameters,
                mixtureOfExperts, derivedFrom, benchmarks, encryption, channel, sharedWith);
    }
}
