package org.collabrisk.rules;

import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.collabrisk.domain.Outcome.LICENSE_REQUIRED;
import static org.collabrisk.domain.Outcome.NOT_SUBJECT;
import static org.collabrisk.domain.Outcome.PROHIBITED;
import static org.collabrisk.domain.Outcome.REVIEW;
import static org.collabrisk.rules.Cases.artifact;
import static org.collabrisk.rules.Cases.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Part 744 and OFAC list hits passed in by screening (issue 3, item 5). */
class ScreeningHitRulesTest {

    static final RuleSet EAR = RuleSetCatalog.byId("ear-2026").orElseThrow();

    static ScreeningHit hit(String list, String field, String band, String requirement, String policy) {
        return new ScreeningHit("p", field, list, "E-1", "Harbin Institute of Technology",
                "Harbin Institute of Technology", band.equals("MATCH") ? 0.97 : 0.81, band, requirement, policy);
    }

    static Release assess(Cases.PersonBuilder p, Cases.ArtifactBuilder a, ScreeningHit... hits) {
        Assessment as = new Evaluator(EvaluatorTest.CLOCK).assess(Cases.single(Cases.companyPaper(), p.build(),
                a.build()), EAR, List.of(hits));
        assertEquals(List.of(hits), as.screening());
        return as.releases().get(0);
    }

    static final String ALL_ITEMS = "For all items subject to the EAR (See § 744.11 of the EAR)";

    static Stream<Arguments> hits() {
        return Stream.of(
                Arguments.of("Entity List affiliation, presumption of denial, EAR99 code", hit("EL", "affiliation",
                        "MATCH", ALL_ITEMS, "Presumption of denial"), PROHIBITED),
                Arguments.of("Entity List, policy of denial apart from food and medicine", hit("EL", "affiliation",
                        "MATCH", ALL_ITEMS, "Policy of denial for all items subject to the EAR apart from food and"
                                + " medicine designated as EAR99, which will be reviewed on a case-by-case basis."), PROHIBITED),
                Arguments.of("Entity List, case-by-case policy", hit("EL", "affiliation", "MATCH", ALL_ITEMS,
                        "Case-by-case basis"), LICENSE_REQUIRED),
                Arguments.of("Entity List, licence requirement limited to some items", hit("EL", "name", "MATCH",
                        "For all items subject to the EAR having a classification other than EAR99", "Case-by-case"),
                        REVIEW),
                Arguments.of("Entity List without recorded requirement or policy: all items, licence",
                        hit("EL", "affiliation", "MATCH", null, null), LICENSE_REQUIRED),
                Arguments.of("Denied Persons List", hit("DPL", "name", "MATCH", null, null), PROHIBITED),
                Arguments.of("OFAC SDN", hit("SDN", "affiliation", "MATCH", null, null), PROHIBITED),
                Arguments.of("Unverified List", hit("UVL", "affiliation", "MATCH", null, null), REVIEW),
                Arguments.of("Military End User List", hit("MEU", "affiliation", "MATCH", null, null), REVIEW),
                Arguments.of("other list (SSI)", hit("SSI", "affiliation", "MATCH", null, null), REVIEW),
                Arguments.of("fuzzy hit in the REVIEW band", hit("EL", "affiliation", "REVIEW", ALL_ITEMS,
                        "Presumption of denial"), REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hits")
    void listHitOnAChineseCoAuthorReceivingUnpublishedEar99Code(String name, ScreeningHit h, Outcome expected) {
        Release r = assess(person("p").citizen("CN"), artifact("a", ArtifactKind.SOURCE_CODE), h);
        assertEquals(expected, r.outcome());
    }

    @Test
    void entityListHitAppliesWhateverTheNationality() {
        Release r = assess(person("p").citizen("DE"), artifact("a", ArtifactKind.SOURCE_CODE),
                hit("EL", "affiliation", "MATCH", ALL_ITEMS, "Presumption of denial"));
        assertEquals(PROHIBITED, r.outcome());
        assertTrue(r.reasons().stream().anyMatch(x -> x.text().contains("Employees")), r.reasons().toString());
        assertTrue(r.remediation().stream().noneMatch(x -> x.contains("License Exception")), r.remediation().toString());
    }

    @Test
    void sdnHitCarriesTheOfacNote() {
        Release r = assess(person("p").citizen("RU"), artifact("a", ArtifactKind.SOURCE_CODE),
                hit("SDN", "affiliation", "MATCH", null, null));
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().contains("31 CFR Chapter V")
                && x.text().contains("services")), r.reasons().toString());
    }

    @Test
    void publishedItemStaysNotSubjectForAListedPartyWithANote() {
        Release r = assess(person("p").citizen("CN"), artifact("a", ArtifactKind.MODEL_WEIGHTS).published(true),
                hit("EL", "affiliation", "MATCH", ALL_ITEMS, "Presumption of denial"));
        assertEquals(NOT_SUBJECT, r.outcome());
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().contains("744.6")), r.reasons().toString());
    }

    @Test
    void fundamentalResearchResultStaysNotSubjectForAListedUniversity() {
        Assessment as = new Evaluator().assess(Cases.single(Cases.paper(true, PublicationRestrictions.NONE),
                person("p").citizen("CN").build(), artifact("a", ArtifactKind.SOURCE_CODE).intended(true).build()),
                EAR, List.of(hit("EL", "affiliation", "MATCH", ALL_ITEMS, "Presumption of denial")));
        assertEquals(NOT_SUBJECT, as.overall());
    }

    @Test
    void usCitizenInTheUsOnTheSdnListIsProhibitedEvenWithoutAnExport() {
        Release r = assess(person("p").citizen("US").status(UsStatus.CITIZEN), artifact("a",
                ArtifactKind.SOURCE_CODE), hit("SDN", "name", "MATCH", null, null));
        assertEquals(PROHIBITED, r.outcome());
    }

    @Test
    void usCitizenEmployedByAListedEntityIsReview() {
        Release r = assess(person("p").citizen("US").status(UsStatus.CITIZEN), artifact("a",
                ArtifactKind.SOURCE_CODE), hit("EL", "affiliation", "MATCH", ALL_ITEMS, "Presumption of denial"));
        assertEquals(REVIEW, r.outcome());
    }

    @Test
    void reviewBandHitAsksToConfirmOrDismiss() {
        Assessment as = new Evaluator().assess(Cases.single(Cases.companyPaper(), person("p").citizen("CN").build(),
                artifact("a", ArtifactKind.SOURCE_CODE).build()), EAR,
                List.of(hit("EL", "affiliation", "REVIEW", ALL_ITEMS, "Presumption of denial")));
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("Confirm or dismiss")), as.questions().toString());
    }

    @Test
    void hitsOnOtherPeopleDoNotTouchThisRelease() {
        ScreeningHit other = new ScreeningHit("someone-else", "name", "DPL", "D-1", "X", "X", 1.0, "MATCH", null, null);
        Release r = assess(person("p").citizen("CN"), artifact("a", ArtifactKind.SOURCE_CODE), other);
        assertEquals(Outcome.NO_LICENSE_REQUIRED, r.outcome());
    }
}
