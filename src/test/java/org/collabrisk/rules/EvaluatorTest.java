package org.collabrisk.rules;

import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.collabrisk.domain.ArtifactKind.ARCHITECTURE;
import static org.collabrisk.domain.ArtifactKind.MANUSCRIPT;
import static org.collabrisk.domain.ArtifactKind.MODEL_WEIGHTS;
import static org.collabrisk.domain.ArtifactKind.OBJECT_CODE;
import static org.collabrisk.domain.ArtifactKind.SOURCE_CODE;
import static org.collabrisk.domain.Outcome.LICENSE_REQUIRED;
import static org.collabrisk.domain.Outcome.NOT_SUBJECT;
import static org.collabrisk.domain.Outcome.NO_LICENSE_REQUIRED;
import static org.collabrisk.domain.Outcome.PROHIBITED;
import static org.collabrisk.domain.Outcome.REVIEW;
import static org.collabrisk.rules.Cases.artifact;
import static org.collabrisk.rules.Cases.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule tables written from the domain reference (sections 0-4), one row per rule and boundary. */
class EvaluatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    static final Evaluator EVALUATOR = new Evaluator(CLOCK);

    static RuleSet rules(String id) {
        return RuleSetCatalog.byId(id).orElseThrow();
    }

    static Release release(String ruleSet, Paper paper, Cases.PersonBuilder p, Cases.ArtifactBuilder a) {
        Assessment as = EVALUATOR.assess(Cases.single(paper, p.build(), a.build()), rules(ruleSet));
        return as.releases().get(0);
    }

    static Arguments row(String name, String ruleSet, Paper paper, Cases.PersonBuilder p, Cases.ArtifactBuilder a,
                         Outcome expected) {
        return Arguments.of(name, ruleSet, paper, p, a, expected);
    }

    static final Paper COMPANY = Cases.companyPaper();
    static final Paper FR_OPEN = Cases.paper(true, PublicationRestrictions.NONE);

    static Cases.PersonBuilder chinese() {
        return person("p").citizen("CN");
    }

    static Cases.ArtifactBuilder code() {
        return artifact("a", SOURCE_CODE);
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                row("published weights of a 10^26 model are not subject (734.7)", "ear-2026", COMPANY, chinese(),
                        artifact("a", MODEL_WEIGHTS).ops(2e26).published(true), NOT_SUBJECT),
                row("fundamental-research result intended for publication is not subject (734.8(a))", "ai-diffusion-2025",
                        FR_OPEN, chinese(), artifact("a", MODEL_WEIGHTS).ops(2e26).intended(true), NOT_SUBJECT),
                row("sponsor review only keeps fundamental research (734.8(b)(2))", "ear-2026",
                        Cases.paper(true, PublicationRestrictions.SPONSOR_REVIEW_ONLY), chinese(),
                        code().eccn("3E001").intended(true), NOT_SUBJECT),
                row("sponsor may withhold publication: not fundamental research (734.8(b))", "ear-2026",
                        Cases.paper(true, PublicationRestrictions.SPONSOR_MAY_WITHHOLD), chinese(),
                        code().eccn("3E001").intended(true), LICENSE_REQUIRED),
                row("proprietary restrictions: not fundamental research", "ear-2026",
                        Cases.paper(true, PublicationRestrictions.PROPRIETARY), chinese(), code().intended(true),
                        NO_LICENSE_REQUIRED),
                row("decision not to publish keeps the result subject (Note 2 to 734.8(a))", "ear-2026", FR_OPEN,
                        chinese(), code().eccn("3E001").intended(false), LICENSE_REQUIRED),
                row("unknown fundamental-research status is REVIEW", "ear-2026", Cases.paper(null,
                        PublicationRestrictions.NONE), chinese(), code().eccn("3E001").intended(true), REVIEW),
                row("unknown publication restrictions are REVIEW", "ear-2026", Cases.paper(true, null), chinese(),
                        code().eccn("3E001").intended(true), REVIEW),
                row("unknown intention to publish is REVIEW", "ear-2026", FR_OPEN, chinese(),
                        code().eccn("3E001").intended(null), REVIEW),
                row("unknown publication status is REVIEW", "ear-2026", COMPANY, chinese(),
                        code().eccn("3E001").published(null), REVIEW),
                row("manuscript submitted for publication is published (734.7(a)(5), UNCONFIRMED)", "ear-2026",
                        new Paper("t", "v", Stage.SUBMITTED, false, PublicationRestrictions.PROPRIETARY), chinese(),
                        artifact("a", MANUSCRIPT).eccn("3E001"), NOT_SUBJECT),
                row("release by publication is not subject", "ear-2026", COMPANY, chinese(),
                        code().eccn("3E001").channel(Channel.PUBLICATION), NOT_SUBJECT),
                row("a conference talk needs an open conference", "ear-2026", COMPANY, chinese(),
                        code().eccn("3E001").channel(Channel.CONFERENCE_TALK), REVIEW),
                row("publicly available standard-crypto source code is not subject (742.15(b)(1))", "ear-2026",
                        COMPANY, chinese(), code().published(true).encryption(Encryption.STANDARD), NOT_SUBJECT),
                row("publicly available non-standard crypto source code is not subject, with notification",
                        "ear-2026", COMPANY, chinese(), code().published(true).encryption(Encryption.NON_STANDARD),
                        NOT_SUBJECT),
                row("unpublished encryption source code is 5D002, NS1 for China", "ear-2026", COMPANY, chinese(),
                        code().encryption(Encryption.STANDARD), LICENSE_REQUIRED),
                row("fundamental research does not release unpublished 5D002", "ear-2026", FR_OPEN, chinese(),
                        code().intended(true).encryption(Encryption.STANDARD), LICENSE_REQUIRED),
                row("published encryption object code sent abroad needs public source code (742.15(b))", "ear-2026",
                        COMPANY, chinese().at("CN"), artifact("a", OBJECT_CODE).published(true).encryption(Encryption.STANDARD), REVIEW),
                row("object code released in the U.S. is not a deemed export (734.13(a)(2))", "ear-2026", COMPANY,
                        chinese(), artifact("a", OBJECT_CODE).eccn("4D001"), NOT_SUBJECT),
                row("unknown encryption does not let fundamental research clear source code", "ear-2026", FR_OPEN,
                        chinese(), code().intended(true).encryption(null), REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exclusions")
    void exclusionRules(String name, String ruleSet, Paper paper, Cases.PersonBuilder p, Cases.ArtifactBuilder a,
                        Outcome expected) {
        assertEquals(expected, release(ruleSet, paper, p, a).outcome());
    }

    static Stream<Arguments> persons() {
        return Stream.of(
                row("U.S. citizen in the U.S.: no export (734.18(a)(2))", "ai-diffusion-2025", COMPANY,
                        person("p").citizen("US").status(UsStatus.CITIZEN), artifact("a", MODEL_WEIGHTS).ops(2e26),
                        NOT_SUBJECT),
                row("green-card holder in the U.S.: no export", "ai-diffusion-2025", COMPANY,
                        person("p").citizen("CN").pr("US").status(UsStatus.PERMANENT_RESIDENT),
                        artifact("a", MODEL_WEIGHTS).ops(2e26), NOT_SUBJECT),
                row("protected individual in the U.S.: no export", "ear-2026", COMPANY,
                        person("p").citizen("IR").status(UsStatus.PROTECTED_INDIVIDUAL), code().eccn("3E001"),
                        NOT_SUBJECT),
                row("foreign person: deemed export of EAR99 to China needs no licence", "ear-2026", COMPANY,
                        chinese(), code(), NO_LICENSE_REQUIRED),
                row("unknown U.S. status is REVIEW", "ear-2026", COMPANY, chinese().status(UsStatus.UNKNOWN),
                        code().eccn("3E001"), REVIEW),
                row("missing U.S. status is REVIEW", "ear-2026", COMPANY, chinese().status(null),
                        code().eccn("3E001"), REVIEW),
                row("unknown status cannot matter when the item is not subject", "ear-2026", COMPANY,
                        chinese().status(UsStatus.UNKNOWN), code().published(true), NOT_SUBJECT),
                row("U.S. citizen abroad in China: an export to China (734.13(a)(1))", "ear-2026", COMPANY,
                        person("p").citizen("US").status(UsStatus.CITIZEN).at("CN"), code().eccn("3E001"),
                        LICENSE_REQUIRED),
                row("U.S. citizen in Iran: EAR99 export barred by the ITSR", "ear-2026", COMPANY,
                        person("p").citizen("US").status(UsStatus.CITIZEN).at("IR"), code(), PROHIBITED),
                row("unknown location is REVIEW", "ear-2026", COMPANY, chinese().at(null), code(), REVIEW),
                row("release in Puerto Rico is a release in the United States (772.1)", "ear-2026", COMPANY,
                        person("p").citizen("US").status(UsStatus.CITIZEN).at("PR"), code().eccn("3E001"), NOT_SUBJECT),
                row("U.S. person with unknown location is REVIEW", "ear-2026", COMPANY,
                        person("p").citizen("US").status(UsStatus.CITIZEN).at(null), code(), REVIEW),
                row("unknown status abroad in Germany with EAR99 gives the same outcome either way", "ear-2026",
                        COMPANY, person("p").citizen("CN").status(UsStatus.UNKNOWN).at("DE"), code(),
                        NO_LICENSE_REQUIRED),
                row("unknown status in North Korea is prohibited either way", "ear-2026", COMPANY,
                        person("p").citizen("KP").status(UsStatus.UNKNOWN).at("KP"), code(), PROHIBITED),
                row("foreign person with only U.S. citizenship is a contradiction: REVIEW", "ear-2026", COMPANY,
                        person("p").citizen("US"), code(), REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("persons")
    void usPersonAndForeignPersonRules(String name, String ruleSet, Paper paper, Cases.PersonBuilder p,
                                       Cases.ArtifactBuilder a, Outcome expected) {
        assertEquals(expected, release(ruleSet, paper, p, a).outcome());
    }

    static Stream<Arguments> destinations() {
        return Stream.of(
                Arguments.of("dual national CN+CA, most recent CA: Canada, no NS1 mark", person("p").citizen("CN", "CA")
                        .mostRecent("CA"), "3E001", "ear-2026", "CA", NO_LICENSE_REQUIRED),
                Arguments.of("dual national CA+CN, most recent CN: China", person("p").citizen("CA", "CN")
                        .mostRecent("CN"), "3E001", "ear-2026", "CN", LICENSE_REQUIRED),
                Arguments.of("Chinese citizen with later UK permanent residence: UK", person("p").citizen("CN").pr("GB")
                        .mostRecent("GB"), "3E001", "ear-2026", "GB", NO_LICENSE_REQUIRED),
                Arguments.of("dual national without a most recent status: REVIEW", person("p").citizen("CN", "CA"),
                        "3E001", "ear-2026", null, REVIEW),
                Arguments.of("citizenship plus permanent residence without most recent: REVIEW",
                        person("p").citizen("IN").pr("DE"), "3E001", "ear-2026", null, REVIEW),
                Arguments.of("missing citizenship: REVIEW", person("p"), "EAR99", "ear-2026", null, REVIEW),
                Arguments.of("Hong Kong is treated as China", person("p").citizen("HK"), "3E001", "ear-2026", "CN",
                        LICENSE_REQUIRED),
                Arguments.of("Macau is Tier 3 under the AI Diffusion rule", person("p").citizen("MO"), "4E091",
                        "ai-diffusion-2025", "MO", PROHIBITED),
                Arguments.of("Macau has its own chart row (NS1)", person("p").citizen("MO"), "3E001", "ear-2026", "MO",
                        LICENSE_REQUIRED),
                Arguments.of("Ukrainian passport from Crimea: Ukraine decides (746.6(a)(3))", person("p").citizen("UA"),
                        "EAR99", "ear-2026", "UA", NO_LICENSE_REQUIRED),
                Arguments.of("release located in Ukraine asks about Crimea/DNR/LNR (746.6)", person("p").citizen("UA")
                        .at("UA"), "EAR99", "ear-2026", "UA", REVIEW),
                Arguments.of("German national in Germany: NS1 export to Germany", person("p").citizen("DE").at("DE"),
                        "3E001", "ear-2026", "DE", LICENSE_REQUIRED),
                Arguments.of("Chinese national in Germany: deemed reexport to China decides (734.14(b))",
                        person("p").citizen("CN").at("DE"), "4E091", "ai-diffusion-2025", "CN", PROHIBITED),
                Arguments.of("French national in France: Tier 1, licence with AIA", person("p").citizen("FR").at("FR"),
                        "4E091", "ai-diffusion-2025", "FR", LICENSE_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("destinations")
    void destinationRules(String name, Cases.PersonBuilder p, String eccn, String ruleSet, String destination,
                          Outcome expected) {
        Release r = release(ruleSet, COMPANY, p, code().eccn(eccn));
        assertEquals(expected, r.outcome());
        assertEquals(destination, r.destination() == null ? null : r.destination().code());
    }

    @Test
    void crimeaPassportRuleIsCited() {
        Release r = release("ear-2026", COMPANY, person("p").citizen("UA"), code());
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().contains("746.6(a)(3)")), r.reasons().toString());
    }

    static Stream<Arguments> modelWeights() {
        return Stream.of(
                Arguments.of("exactly 10^26 operations is controlled (\"10^26 or more\")", artifact("a", MODEL_WEIGHTS)
                        .ops(1e26), LICENSE_REQUIRED),
                Arguments.of("just under 10^26 is EAR99", artifact("a", MODEL_WEIGHTS).ops(9.99e25), NO_LICENSE_REQUIRED),
                Arguments.of("unknown training operations: REVIEW", artifact("a", MODEL_WEIGHTS).ops(null), REVIEW),
                Arguments.of("derived: exactly 2.5e25 added to a published 1e26 model is excluded",
                        artifact("a", MODEL_WEIGHTS).derived(true, 1e26, 2.5e25), NO_LICENSE_REQUIRED),
                Arguments.of("derived: 2.6e25 added to a published 1e26 model stays under 25 % of 1.26e26",
                        artifact("a", MODEL_WEIGHTS).derived(true, 1e26, 2.6e25), NO_LICENSE_REQUIRED),
                Arguments.of("derived: 4.1e25 added to a published 6e25 model (1.01e26 in all) is controlled",
                        artifact("a", MODEL_WEIGHTS).derived(true, 6e25, 4.1e25), LICENSE_REQUIRED),
                Arguments.of("derived: additional exactly 25 % of all operations (2^86 of 2^88) is excluded",
                        artifact("a", MODEL_WEIGHTS).derived(true, 3 * Math.scalb(1.0, 86), Math.scalb(1.0, 86)),
                        NO_LICENSE_REQUIRED),
                Arguments.of("derived: additional just over 25 % of all operations is controlled",
                        artifact("a", MODEL_WEIGHTS).derived(true, 3 * Math.scalb(1.0, 86),
                                Math.scalb(1.0, 86) * 1.01), LICENSE_REQUIRED),
                Arguments.of("derived: small fine-tune of a published model with unknown base is excluded",
                        artifact("a", MODEL_WEIGHTS).ops(2e26).derived(true, null, 1e24), NO_LICENSE_REQUIRED),
                Arguments.of("derived: large fine-tune with unknown base and total cannot be decided",
                        artifact("a", MODEL_WEIGHTS).derived(true, null, 3e25), REVIEW),
                Arguments.of("derived: total given, 6e25 added is over 25 % of 2e26", artifact("a", MODEL_WEIGHTS)
                        .ops(2e26).derived(true, null, 6e25), LICENSE_REQUIRED),
                Arguments.of("derived from an unpublished model: all operations count",
                        artifact("a", MODEL_WEIGHTS).derived(false, 9e25, 2e25), LICENSE_REQUIRED),
                Arguments.of("base publication unknown: REVIEW", artifact("a", MODEL_WEIGHTS).ops(2e26)
                        .derived(null, 1.9e26, 1e25), REVIEW),
                Arguments.of("additional operations unknown: REVIEW", artifact("a", MODEL_WEIGHTS).ops(2e26)
                        .derived(true, 1.9e26, null), REVIEW),
                Arguments.of("derived but below 10^26 in total stays EAR99", artifact("a", MODEL_WEIGHTS)
                        .derived(true, 5e25, 3e25), NO_LICENSE_REQUIRED),
                Arguments.of("given ECCN 4E091", artifact("a", MODEL_WEIGHTS).eccn("4E091"), LICENSE_REQUIRED),
                Arguments.of("architecture of a 10^26 model is not parameters: EAR99", artifact("a", ARCHITECTURE)
                        .ops(2e26), NO_LICENSE_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelWeights")
    void fourE091ThresholdsUnderTheDiffusionRuleForAFrenchNational(String name, Cases.ArtifactBuilder a,
                                                                    Outcome expected) {
        assertEquals(expected, release("ai-diffusion-2025", COMPANY, person("p").citizen("FR"), a).outcome());
    }

    @Test
    void fourE091UnderEar2026IsReviewAskingAboutTheRescission() {
        Assessment as = EVALUATOR.assess(Cases.single(COMPANY, chinese().build(),
                artifact("a", MODEL_WEIGHTS).ops(2e26).build()), rules("ear-2026"));
        assertEquals(REVIEW, as.overall());
        assertEquals("4E091", as.releases().get(0).classification());
        assertNull(as.releases().get(0).licenseRequired());
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("rescission")), as.questions().toString());
    }

    static Stream<Arguments> embargoes() {
        return Stream.of(
                row("Cuban national in the U.S.: EAR99 needs a licence (746.2)", "ear-2026", COMPANY,
                        person("p").citizen("CU"), code(), LICENSE_REQUIRED),
                row("Spanish-Cuban dual national, most recent Spain: still a Cuban national (746.2)", "ear-2026",
                        COMPANY, person("p").citizen("CU", "ES").mostRecent("ES"), code(), LICENSE_REQUIRED),
                row("Iranian national in the U.S., EAR99: OFAC question", "ear-2026", COMPANY,
                        person("p").citizen("IR"), code(), REVIEW),
                row("Iranian national in Iran, EAR99: ITSR bars the export", "ear-2026", COMPANY,
                        person("p").citizen("IR").at("IR"), code(), PROHIBITED),
                row("Iranian national in the U.S., CCL item: licence (746.7)", "ear-2026", COMPANY,
                        person("p").citizen("IR"), code().eccn("3E001"), LICENSE_REQUIRED),
                row("North Korean national: policy of denial (746.4)", "ear-2026", COMPANY,
                        person("p").citizen("KP"), code(), PROHIBITED),
                row("Syrian national, EAR99, after Sept. 2025: SPP (740.5)", "ear-2026", COMPANY,
                        person("p").citizen("SY"), code(), NO_LICENSE_REQUIRED),
                row("Syrian national, EAR99, as of Jan. 2025: licence", "ai-diffusion-2025", COMPANY,
                        person("p").citizen("SY"), code(), LICENSE_REQUIRED),
                row("Syrian national, CCL item: licence (746.9)", "ear-2026", COMPANY,
                        person("p").citizen("SY"), code().eccn("3E001"), LICENSE_REQUIRED),
                row("Russian national in the U.S., EAR99: 746.8 carve-out (746.8(a)(12)(i))", "ear-2026", COMPANY,
                        person("p").citizen("RU"), code(), NO_LICENSE_REQUIRED),
                row("Russian national in the U.S., NS1 technology: CCL licence still needed", "ear-2026", COMPANY,
                        person("p").citizen("RU"), code().eccn("3E001"), LICENSE_REQUIRED),
                row("release in Russia of a CCL item: 746.8 policy of denial", "ear-2026", COMPANY,
                        person("p").citizen("RU").at("RU"), code().eccn("3E001"), PROHIBITED),
                row("release in Russia of EAR99 research code", "ear-2026", COMPANY,
                        person("p").citizen("RU").at("RU"), code(), NO_LICENSE_REQUIRED),
                row("Belarusian national in the U.S., 5D002: CCL licence", "ear-2026", COMPANY,
                        person("p").citizen("BY"), code().encryption(Encryption.STANDARD), LICENSE_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("embargoes")
    void embargoRules(String name, String ruleSet, Paper paper, Cases.PersonBuilder p, Cases.ArtifactBuilder a,
                      Outcome expected) {
        assertEquals(expected, release(ruleSet, paper, p, a).outcome());
    }

    @Test
    void russianCarveOutIsCitedForDeemedExports() {
        Release r = release("ear-2026", COMPANY, person("p").citizen("RU"), code().eccn("3E001"));
        assertTrue(r.reasons().stream().anyMatch(x -> x.text().contains("746.8(a)(12)(i)")), r.reasons().toString());
    }

    static Stream<Arguments> chart() {
        return Stream.of(
                Arguments.of("3E001", "GB", NO_LICENSE_REQUIRED), Arguments.of("3E001", "AU", NO_LICENSE_REQUIRED),
                Arguments.of("3E001", "CA", NO_LICENSE_REQUIRED), Arguments.of("3E001", "DE", LICENSE_REQUIRED),
                Arguments.of("3E001", "IN", LICENSE_REQUIRED), Arguments.of("5D002", "CA", NO_LICENSE_REQUIRED),
                Arguments.of("5D002", "DE", LICENSE_REQUIRED), Arguments.of("4D090", "VN", LICENSE_REQUIRED),
                Arguments.of("4D090", "DE", NO_LICENSE_REQUIRED), Arguments.of("4D001", "GB", NO_LICENSE_REQUIRED),
                Arguments.of("EAR99", "CN", NO_LICENSE_REQUIRED), Arguments.of("0D521", "CA", NO_LICENSE_REQUIRED),
                Arguments.of("0D521", "DE", REVIEW), Arguments.of("9A999", "DE", REVIEW));
    }

    @ParameterizedTest(name = "{0} to a national of {1}: {2}")
    @MethodSource("chart")
    void countryChartAndControlScopes(String eccn, String country, Outcome expected) {
        assertEquals(expected, release("ear-2026", COMPANY, person("p").citizen(country), code().eccn(eccn)).outcome());
    }

    @Test
    void hypotheticalRuleSetLabelsEveryReason() {
        Release r = release("frontier-thresholds-2026", COMPANY, person("p").citizen("IN"),
                artifact("a", MODEL_WEIGHTS).ops(5e25));
        assertEquals(LICENSE_REQUIRED, r.outcome());
        assertFalse(r.reasons().isEmpty());
        r.reasons().forEach(x -> assertTrue(x.text().startsWith("HYPOTHETICAL"), x.text()));
    }

    static Stream<Arguments> ruleSetsDiffer() {
        Cases.ArtifactBuilder big = artifact("a", MODEL_WEIGHTS).ops(2e26);
        Cases.ArtifactBuilder mid = artifact("a", MODEL_WEIGHTS).ops(5e24).params(2e12, true).bench("MMLU", 80)
                .bench("GPQA_DIAMOND", 40).bench("AGENTBENCH", 5);
        Cases.ArtifactBuilder smart = artifact("a", MODEL_WEIGHTS).ops(5e24).params(7e10, false).bench("MMLU", 87.1)
                .bench("GPQA_DIAMOND", 40).bench("AGENTBENCH", 5);
        Cases.ArtifactBuilder small = artifact("a", MODEL_WEIGHTS).ops(5e24).params(7e10, false).bench("MMLU", 60)
                .bench("GPQA_DIAMOND", 30).bench("AGENTBENCH", 3);
        return Stream.of(
                Arguments.of("unpublished 2e26 weights to a Chinese national", big, "CN", REVIEW, PROHIBITED, PROHIBITED),
                Arguments.of("unpublished 2e26 weights to a French national", big, "FR", REVIEW, LICENSE_REQUIRED,
                        NO_LICENSE_REQUIRED),
                Arguments.of("unpublished 2e26 weights to an Indian national", big, "IN", REVIEW, LICENSE_REQUIRED,
                        LICENSE_REQUIRED),
                Arguments.of("published 2e26 weights to an Indian national", artifact("a", MODEL_WEIGHTS).ops(2e26)
                        .published(true), "IN", NOT_SUBJECT, NOT_SUBJECT, LICENSE_REQUIRED),
                Arguments.of("MoE with 2e12 parameters to an Indian national", mid, "IN", NO_LICENSE_REQUIRED,
                        NO_LICENSE_REQUIRED, LICENSE_REQUIRED),
                Arguments.of("MMLU 87.1 model to a Chinese national", smart, "CN", NO_LICENSE_REQUIRED,
                        NO_LICENSE_REQUIRED, PROHIBITED),
                Arguments.of("model below every frontier mark", small, "IN", NO_LICENSE_REQUIRED, NO_LICENSE_REQUIRED,
                        NO_LICENSE_REQUIRED),
                Arguments.of("model without benchmark scores: frontier cannot tell", artifact("a", MODEL_WEIGHTS)
                        .ops(5e24).params(7e10, false), "IN", NO_LICENSE_REQUIRED, NO_LICENSE_REQUIRED, REVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSetsDiffer")
    void theThreeRuleSetsDifferWhereTheyShould(String name, Cases.ArtifactBuilder a, String citizenship,
                                               Outcome ear, Outcome diffusion, Outcome frontier) {
        Cases.PersonBuilder p = person("p").citizen(citizenship);
        assertEquals(ear, release("ear-2026", COMPANY, p, a).outcome(), "ear-2026");
        assertEquals(diffusion, release("ai-diffusion-2025", COMPANY, p, a).outcome(), "ai-diffusion-2025");
        assertEquals(frontier, release("frontier-thresholds-2026", COMPANY, p, a).outcome(), "frontier");
    }

    @Test
    void frontierAppliesToAgentFrameworksAboveTheMarks() {
        Release r = release("frontier-thresholds-2026", COMPANY, person("p").citizen("IN"),
                artifact("a", ArtifactKind.AGENT_FRAMEWORK).ops(1e24).params(1e10, false).bench("MMLU", 70)
                        .bench("GPQA_DIAMOND", 40).bench("AGENTBENCH", 8.5));
        assertEquals(LICENSE_REQUIRED, r.outcome());
        assertEquals("HYP-FRONTIER", r.classification());
    }

    @Test
    void unconfirmedUaeMembershipOfA5ReachesTheReasons() {
        Release r = release("ear-2026", COMPANY, person("p").citizen("AE"), code().eccn("4E001"));
        assertTrue(r.reasons().stream().anyMatch(x -> x.text().contains("UNCONFIRMED membership of AE in A:5")),
                r.reasons().toString());
    }

    @Test
    void unconfirmedTierOneListReachesTheFrontierReasons() {
        Release r = release("frontier-thresholds-2026", COMPANY, person("p").citizen("JP"),
                artifact("a", MODEL_WEIGHTS).ops(5e25));
        assertEquals(NO_LICENSE_REQUIRED, r.outcome());
        assertTrue(r.reasons().stream().anyMatch(x -> x.text().contains("UNCONFIRMED membership of JP in TIER1")),
                r.reasons().toString());
    }

    @Test
    void licenceExceptionIsNamedForTheDestinationThatDecides() {
        // A Chinese national in Germany: the deemed reexport to China decides, so AIA (Tier 1) is not offered.
        Release r = release("ai-diffusion-2025", COMPANY, person("p").citizen("CN").at("DE"), code().eccn("4E091"));
        assertEquals("CN", r.destination().code());
        assertEquals(PROHIBITED, r.outcome());
        assertTrue(r.remediation().stream().noneMatch(x -> x.contains("License Exception")), r.remediation().toString());
        assertTrue(r.reasons().stream().anyMatch(x -> x.citation().contains("734.14(b)")
                && x.text().contains("UNCONFIRMED")), r.reasons().toString());
    }

    @Test
    void listVersionsAreRecorded() {
        var lv = new org.collabrisk.domain.ListVersion("CSL", "trade.gov", java.time.LocalDate.of(2026, 7, 31), 3,
                "abc");
        Assessment as = EVALUATOR.assess(Cases.single(COMPANY, chinese().build(), code().build()), rules("ear-2026"),
                List.of(), List.of(lv));
        assertEquals(List.of(lv), as.lists());
    }

    // ---- the assessment as a whole -----------------------------------------------------------------------------

    @Test
    void oneReleasePerArtifactAndRecipientAndOverallIsTheMostSevere() {
        Person us = person("us").citizen("US").status(UsStatus.CITIZEN).build();
        Person kp = person("kp").citizen("KP").build();
        Artifact code = code().build();
        Artifact paper = new Artifact("paper", MANUSCRIPT, "draft", false, true, null, null, null, null, null, null,
                Encryption.NONE, Channel.EMAIL, List.of("us"));
        Assessment as = EVALUATOR.assess(Cases.of(COMPANY, List.of(us, kp), List.of(code, paper)), rules("ear-2026"));
        assertEquals(3, as.releases().size());
        assertEquals(PROHIBITED, as.overall());
        assertEquals(NOT_SUBJECT, as.release("a", "us").orElseThrow().outcome());
        assertEquals(PROHIBITED, as.release("a", "kp").orElseThrow().outcome());
        assertTrue(as.release("paper", "kp").isEmpty());
        assertEquals("case-1", as.caseId());
        assertEquals(Instant.parse("2026-11-22T12:00:00Z"), as.assessedAt());
        assertTrue(as.notice().contains("not legal advice") && as.notice().contains("2026-07-23"), as.notice());
        assertEquals("ear-2026", as.ruleSet().id());
    }

    @Test
    void caseWithoutArtifactsIsNotSubjectOverall() {
        Assessment as = EVALUATOR.assess(Cases.of(COMPANY, List.of(chinese().build()), List.of()), rules("ear-2026"));
        assertEquals(NOT_SUBJECT, as.overall());
        assertTrue(as.releases().isEmpty());
    }

    @Test
    void assessmentIsDeterministic() {
        ResearchCase c = Cases.single(FR_OPEN, person("p").citizen("CN", "CA").build(),
                artifact("a", MODEL_WEIGHTS).ops(2e26).intended(null).build());
        assertEquals(EVALUATOR.assess(c, rules("ear-2026")), EVALUATOR.assess(c, rules("ear-2026")));
    }

    @Test
    void questionsNameThePersonAndTheArtifact() {
        Assessment as = EVALUATOR.assess(Cases.single(Cases.paper(null, null), person("p7").build(),
                artifact("w3", MODEL_WEIGHTS).intended(null).ops(null).build()), rules("ear-2026"));
        assertEquals(REVIEW, as.overall());
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("person 'p7'") && q.contains("citizenship")),
                as.questions().toString());
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("artifact 'w3'")), as.questions().toString());
        assertTrue(as.questions().stream().anyMatch(q -> q.contains("734.8(c)")), as.questions().toString());
    }

    @Test
    void reasonsFollowTheDecisionOrder() {
        Release r = release("ear-2026", COMPANY, chinese(), code().eccn("3E001"));
        List<String> rules = r.reasons().stream().map(x -> x.rule().substring(0, x.rule().indexOf('.'))).distinct()
                .toList();
        assertEquals(List.of("exclusion", "person", "destination", "classification", "licence"), rules);
        assertEquals("3E001", r.classification());
        assertEquals(Boolean.TRUE, r.subjectToEar());
        assertEquals(Boolean.TRUE, r.licenseRequired());
    }
}
