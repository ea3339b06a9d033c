package org.collabrisk.cli;

import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.rules.Evaluator;
import org.collabrisk.rules.RuleSetCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample case in assets/samples is assessed; the expected outcomes live here, not in the files. */
class SampleCasesAssessTest {

    static final Path SAMPLES = Path.of("assets/samples");

    static Assessment assess(String file, String ruleSet, List<ScreeningHit> hits) {
        ResearchCase c = CaseJson.read(SAMPLES.resolve(file));
        return new Evaluator().assess(c, RuleSetCatalog.byId(ruleSet).orElseThrow(), hits);
    }

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
            "01-published-open-weights.json, ear-2026, NOT_SUBJECT",
            "02-frontier-weights-d5-coauthor.json, ear-2026, REVIEW",
            "02-frontier-weights-d5-coauthor.json, ai-diffusion-2025, PROHIBITED",
            "02-frontier-weights-d5-coauthor.json, frontier-thresholds-2026, PROHIBITED",
            "03-entity-list-university.json, ear-2026, NO_LICENSE_REQUIRED",
            "04-green-card-holder.json, ear-2026, NOT_SUBJECT",
            "05-dual-national-recent-status.json, ear-2026, NO_LICENSE_REQUIRED",
            "06-iranian-coauthor.json, ear-2026, PROHIBITED",
            "07-russian-visiting-scholar.json, ear-2026, NO_LICENSE_REQUIRED",
            "08-encryption-public-repository.json, ear-2026, NOT_SUBJECT",
            "09-sponsor-may-withhold.json, ear-2026, LICENSE_REQUIRED",
            "10-fine-tune-of-open-model.json, ear-2026, NO_LICENSE_REQUIRED",
            "10-fine-tune-of-open-model.json, ai-diffusion-2025, NO_LICENSE_REQUIRED",
            "10-fine-tune-of-open-model.json, frontier-thresholds-2026, PROHIBITED",
            "11-missing-citizenship.json, ear-2026, REVIEW",
            "12-hong-kong-coauthor.json, ear-2026, LICENSE_REQUIRED",
    })
    void sampleCaseHasItsExpectedOverallOutcome(String file, String ruleSet, Outcome expected) {
        assertEquals(expected, assess(file, ruleSet, List.of()).overall());
    }

    @Test
    void entityListHitOnTheHarbinAffiliationMakesSample03Prohibited() {
        ScreeningHit hit = new ScreeningHit("p1", "affiliation", "EL", "EL-HIT-1", "Harbin Institute of Technology",
                "Harbin Institute of Technology", 1.0, "MATCH",
                "For all items subject to the EAR (See § 744.11 of the EAR)", "Presumption of denial");
        assertEquals(Outcome.PROHIBITED, assess("03-entity-list-university.json", "ear-2026", List.of(hit)).overall());
    }

    @Test
    void everySampleAssessmentRoundTripsThroughTheAssessmentJson() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().toList()) {
                for (var rs : RuleSetCatalog.builtIns()) {
                    Assessment a = new Evaluator().assess(CaseJson.read(f), rs);
                    String json = org.collabrisk.exchange.AssessmentJson.write(a);
                    assertEquals(a, org.collabrisk.exchange.AssessmentJson.read(json, f.toString()), f + " " + rs.id());
                }
            }
        }
    }

    @Test
    void everySampleIsCovered() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".json")).count() >= 11);
        }
    }

    @Test
    void sampleFilesCarryNoExpectations() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.toList()) {
                assertTrue(!Files.readString(f).contains("expectedOutcome"), f.toString());
            }
        }
    }
}
