package org.collabrisk.rules;

import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.collabrisk.rules.Cases.artifact;
import static org.collabrisk.rules.Cases.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of the domain reference, sections 1-4, one test each, named after the section. */
class DomainReferenceExamplesTest {

    static Release release(String rs, Cases.PersonBuilder p, Cases.ArtifactBuilder a, ScreeningHit... hits) {
        Assessment as = new Evaluator(EvaluatorTest.CLOCK).assess(Cases.single(Cases.companyPaper(), p.build(),
                a.build()), RuleSetCatalog.byId(rs).orElseThrow(), List.of(hits));
        return as.releases().get(0);
    }

    @Test
    void section1_4_nationalOfXWithLaterPermanentResidencyInYGoesToY() {
        Release r = release("ear-2026", person("p").citizen("CN").pr("DE").mostRecent("DE"),
                artifact("a", ArtifactKind.SOURCE_CODE).eccn("4E001"));
        assertEquals("DE", r.destination().code());
    }

    @Test
    void section1_4_nationalOfXLaterNaturalisedInZGoesToZNotToEveryCitizenship() {
        Release r = release("ear-2026", person("p").citizen("RU", "GB").mostRecent("GB"),
                artifact("a", ArtifactKind.SOURCE_CODE).eccn("3E001"));
        assertEquals("GB", r.destination().code());
        assertEquals(Outcome.NO_LICENSE_REQUIRED, r.outcome(), "no NS1 mark for the UK; the ITAR all-countries test does not apply");
    }

    @Test
    void section1_3_greenCardHolderIsNotSubjectToTheDeemedExportRule() {
        Release r = release("ai-diffusion-2025", person("p").citizen("CN").pr("US")
                .status(UsStatus.PERMANENT_RESIDENT), artifact("a", ArtifactKind.MODEL_WEIGHTS).ops(5e26));
        assertEquals(Outcome.NOT_SUBJECT, r.outcome());
    }

    @Test
    void section1_3_deemedExportRuleTriggeredDoesNotMeanALicenceForEar99() {
        Release r = release("ear-2026", person("p").citizen("IN"), artifact("a", ArtifactKind.SOURCE_CODE));
        assertEquals(Outcome.NO_LICENSE_REQUIRED, r.outcome());
        assertEquals("EAR99", r.classification());
        assertEquals(Boolean.TRUE, r.subjectToEar());
    }

    @Test
    void section1_8_sponsorProprietaryInputsLoseFundamentalResearch() {
        Assessment as = new Evaluator().assess(Cases.single(Cases.paper(true, PublicationRestrictions.PROPRIETARY),
                person("p").citizen("CN").build(), artifact("a", ArtifactKind.ARCHITECTURE).eccn("3E001")
                        .intended(true).build()), RuleSetCatalog.defaultRuleSet());
        assertEquals(Outcome.LICENSE_REQUIRED, as.overall());
    }

    @Test
    void section2_2_cubaReachesAnyReleaseToACubanNational() {
        Release r = release("ear-2026", person("p").citizen("CU", "MX").mostRecent("MX"),
                artifact("a", ArtifactKind.SOURCE_CODE));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().equals("15 CFR 746.2")), r.reasons().toString());
    }

    @Test
    void section2_3_ns1TechnologyToARussianNationalInTheUsNeedsACclLicence() {
        assertEquals(Outcome.LICENSE_REQUIRED, release("ear-2026", person("p").citizen("RU"),
                artifact("a", ArtifactKind.SOURCE_CODE).eccn("4E001")).outcome());
    }

    @Test
    void section2_3_ns1TechnologyToABelarusianNationalInAThirdCountryNeedsACclLicence() {
        Release r = release("ear-2026", person("p").citizen("BY").at("GB"),
                artifact("a", ArtifactKind.SOURCE_CODE).eccn("4E001"));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertEquals("BY", r.destination().code(), "the deemed reexport to Belarus decides, not the UK");
    }

    @Test
    void section3_1_openWeightModelsAreNotControlled() {
        assertEquals(Outcome.NOT_SUBJECT, release("ai-diffusion-2025", person("p").citizen("CN"),
                artifact("a", ArtifactKind.MODEL_WEIGHTS).ops(3e26).published(true)).outcome());
    }

    @Test
    void section3_1_architectureAncillaryCodeAndPapersAreNot4E091() {
        for (ArtifactKind k : List.of(ArtifactKind.ARCHITECTURE, ArtifactKind.SOURCE_CODE, ArtifactKind.TRAINING_RECIPE)) {
            Release r = release("ai-diffusion-2025", person("p").citizen("CN"), artifact("a", k).ops(3e26));
            assertEquals("EAR99", r.classification(), k.name());
        }
    }

    @Test
    void section3_4_publishedEncryptionSourceCodeIsNotSubjectAndNonStandardCryptoIsNotified() {
        Release r = release("ear-2026", person("p").citizen("CN"), artifact("a", ArtifactKind.SOURCE_CODE)
                .published(true).encryption(org.collabrisk.domain.Encryption.NON_STANDARD));
        assertEquals(Outcome.NOT_SUBJECT, r.outcome());
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().contains("742.15(b)(2)")), r.reasons().toString());
    }

    static ScreeningHit entityList(String requirement, String policy) {
        return new ScreeningHit("p", "affiliation", "EL", "1", "Tianjin University", "Tianjin University", 1.0,
                "MATCH", requirement, policy);
    }

    @Test
    void section4_1_ear99ItemToAListedEntityWithAllItemsNeedsALicence() {
        Release r = release("ear-2026", person("p").citizen("CN").at("CN"), artifact("a", ArtifactKind.DATASET),
                entityList("For all items subject to the EAR. (See §744.11 of the EAR).", "Case-by-case basis"));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
    }

    @Test
    void section4_1_employeesOfAListedUniversityAreTreatedAsTheUniversity() {
        Release r = release("ear-2026", person("p").citizen("DE"), artifact("a", ArtifactKind.SOURCE_CODE),
                entityList("For all items subject to the EAR. (See §744.11 of the EAR).", "Presumption of denial."));
        assertEquals(Outcome.PROHIBITED, r.outcome(), "entity-based, not nationality-based");
    }

    @Test
    void section4_1_publishedResultsCanBeSharedWithAListedEntity() {
        Release r = release("ear-2026", person("p").citizen("CN").at("CN"), artifact("a", ArtifactKind.EVALUATION_RESULTS)
                .published(true), entityList("For all items subject to the EAR.", "Presumption of denial."));
        assertEquals(Outcome.NOT_SUBJECT, r.outcome());
    }

    @Test
    void section4_3_unverifiedListRequiresAStatement() {
        ScreeningHit uvl = new ScreeningHit("p", "affiliation", "UVL", "1", "Sun Yat-Sen University",
                "Sun Yat-Sen University", 1.0, "MATCH", null, null);
        Assessment as = new Evaluator().assess(Cases.single(Cases.companyPaper(), person("p").citizen("CN").build(),
                artifact("a", ArtifactKind.SOURCE_CODE).build()), RuleSetCatalog.defaultRuleSet(), List.of(uvl));
        assertEquals(Outcome.REVIEW, as.overall());
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("744.15")), as.questions().toString());
    }
}
