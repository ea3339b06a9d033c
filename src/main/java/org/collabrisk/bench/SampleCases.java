package org.collabrisk.bench;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated cases for benchmarks and store tests: deterministic for a seed, with 2–6 people of varied
 * citizenships and 1–4 artifacts. Names are invented.
 */
public final class SampleCases {
    private static final String[] COUNTRIES = {"US", "CN", "DE", "IN", "RU", "IR", "GB", "FR", "KR", "JP", "CA", "BR"};
    private static final String[] AFFILIATIONS = {"Example University", "Institute of Testing", "Northfield Lab",
            "Harbin Institute of Technology", "Open Research Collective", "Lakeside College"};
    private static final ArtifactKind[] KINDS = {ArtifactKind.MODEL_WEIGHTS, ArtifactKind.SOURCE_CODE,
            ArtifactKind.DATASET, ArtifactKind.MANUSCRIPT, ArtifactKind.TRAINING_RECIPE};

    private SampleCases() {
    }

    /** Case number {@code n} of the sequence for {@code seed}, with id {@code prefix-n}. */
    public static ResearchCase generate(String prefix, int n, long seed) {
        Random r = new Random(seed * 1_000_003L + n);
        int people = 2 + r.nextInt(5);
        List<Person> ps = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Country citizenship = Country.of(COUNTRIES[r.nextInt(COUNTRIES.length)]);
            Country location = Country.of(r.nextBoolean() ? "US" : COUNTRIES[r.nextInt(COUNTRIES.length)]);
            ps.add(new Person("p" + (i + 1), "Researcher " + n + "-" + i, AFFILIATIONS[r.nextInt(AFFILIATIONS.length)],
                    Country.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), List.of(citizenship), null, citizenship,
                    citizenship.code().equals("US") ? UsStatus.CITIZEN : UsStatus.FOREIGN_PERSON, location));
        }
        int artifacts = 1 + r.nextInt(4);
        List<Artifact> as = new ArrayList<>();
        for (int i = 0; i < artifacts; i++) {
            ArtifactKind kind = KINDS[r.nextInt(KINDS.length)];
            as.add(new Artifact("a" + (i + 1), kind, kind.name().toLowerCase() + " " + i, r.nextBoolean(),
                    r.nextBoolean(), r.nextInt(3) == 0 ? "EAR99" : null, r.nextBoolean() ? 1e24 * (1 + r.nextInt(200)) : null,
                    r.nextBoolean() ? 7e9 : null, false, null,
                    r.nextBoolean() ? Map.of("MMLU", 60.0 + r.nextInt(30)) : Map.of(), Encryption.NONE,
                    Channel.REPOSITORY_ACCESS, List.of()));
        }
        Paper paper = new Paper("Paper " + n, "Conference " + (2020 + r.nextInt(7)), Stage.values()[r.nextInt(
                Stage.values().length)], r.nextBoolean(), PublicationRestrictions.NONE);
        return new ResearchCase(ResearchCase.FORMAT_VERSION, prefix + "-" + n, "Sharing plan " + n, paper, ps, as);
    }
}
