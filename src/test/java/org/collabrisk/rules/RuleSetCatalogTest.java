package org.collabrisk.rules;

import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetCatalogTest {

    private static final RuleSet EAR = RuleSetCatalog.byId("ear-2026").orElseThrow();
    private static final RuleSet DIFFUSION = RuleSetCatalog.byId("ai-diffusion-2025").orElseThrow();
    private static final RuleSet FRONTIER = RuleSetCatalog.byId("frontier-thresholds-2026").orElseThrow();

    @Test
    void threeBuiltInRuleSetsLoadWithTheirDatesAndSources() {
        assertEquals(java.util.List.of("ear-2026", "ai-diffusion-2025", "frontier-thresholds-2026"),
                RuleSetCatalog.builtIns().stream().map(RuleSet::id).toList());
        assertEquals(java.time.LocalDate.of(2026, 7, 23), EAR.lawDate());
        assertEquals(java.time.LocalDate.of(2025, 1, 15), DIFFUSION.lawDate());
        for (RuleSet rs : RuleSetCatalog.builtIns()) {
            assertFalse(rs.sources().isEmpty(), rs.id());
            assertEquals(rs.id(), rs.ref().id());
        }
    }

    @Test
    void frontierRuleSetIsLabelledHypotheticalInItsReference() {
        assertTrue(FRONTIER.hypothetical());
        assertTrue(FRONTIER.ref().hypothetical());
        assertTrue(FRONTIER.ref().title().contains("HYPOTHETICAL"));
        assertFalse(EAR.hypothetical());
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "CN, D:5, true", "MO, D:5, false", "MO, MACAU_OR_D5, true", "MO, D:1, true", "KH, D:5, false",
            "KH, D:1, true", "IR, E:1, true", "SY, E:1, true", "CU, E:2, true", "RU, D:5, true", "BY, D:5, true",
            "DE, A:5, true", "IL, A:6, true", "TW, A:6, true", "AE, A:5, true", "FR, TIER1, true",
            "TW, TIER1, true", "IN, TIER1, false", "US, A:1, true", "GB, A:1, true"})
    void ear2026CountryGroupsFollowSupplementOneToPart740(String code, String group, boolean member) {
        assertEquals(member, EAR.inGroup(group, Country.of(code)));
    }

    @Test
    void unconfirmedMembershipsCarryTheirReason() {
        assertTrue(EAR.group("A:5").orElseThrow().unconfirmedFor(Country.of("AE")).orElseThrow().contains("UAE")
                || EAR.group("A:5").orElseThrow().unconfirmedFor(Country.of("AE")).orElseThrow().contains("Emirates"));
        assertTrue(EAR.group("A:5").orElseThrow().unconfirmedFor(Country.of("DE")).isEmpty());
        assertTrue(EAR.group("TIER1").orElseThrow().unconfirmedFor(Country.of("JP")).isPresent());
    }

    @Test
    void aiDiffusionRuleSetHasCambodiaInD5AsOfJanuary2025() {
        assertTrue(DIFFUSION.inGroup("D:5", Country.of("KH")));
        assertTrue(DIFFUSION.inGroup("MACAU_OR_D5", Country.of("KH")), "derived group follows the override");
        assertFalse(EAR.inGroup("MACAU_OR_D5", Country.of("KH")));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "NS1, CN, true", "NS1, GB, false", "NS1, AU, false", "NS1, CA, false", "NS1, DE, true",
            "NS2, DE, false", "NS2, CN, true", "NS2, LI, false", "RS1, RU, true", "RS2, FR, false",
            "MT1, IN, true", "NP1, BR, false", "NP1, CN, true", "CB1, CA, true", "CB3, AE, true", "CB3, DE, false",
            "NS1, KY, false", "NS1, IR, false", "NS1, CU, false", "AT1, CN, false", "NS1, MO, true"})
    void countryChartMarksFollowSupplementOneToPart738(String column, String code, boolean marked) {
        assertEquals(marked, EAR.chartMarked(column, Country.of(code)));
    }

    @Test
    void childRuleSetsInheritWhatTheyDoNotOverride() {
        assertEquals(EAR.chartColumns().keySet(), FRONTIER.chartColumns().keySet());
        assertTrue(FRONTIER.eccn("3E001").isPresent());
        assertTrue(FRONTIER.licenseExceptions().get("AIA") == null, "null removes an inherited entry");
        assertEquals("HYP-FRONTIER", FRONTIER.modelControls().get(0).classification());
        assertEquals(1, FRONTIER.modelControls().size());
        assertEquals("4E091", EAR.modelControls().get(0).classification());
    }

    private static final String MINIMAL = """
            {"ruleSetFormat": 1, "id": "office-2026", "extends": "ear-2026", "version": "1",
             "title": "Office rules", "description": "d", "lawDate": "2026-08-01", "sources": ["office"],
             %s}
            """;

    @Test
    void userFileMayExtendABuiltInAndOverrideAGroup(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("office.json");
        Files.writeString(f, MINIMAL.formatted("""
                "countryGroups": {"D:5": {"citation": "office view", "members": ["CN", "KH"]}}"""));
        RuleSet rs = RuleSetCatalog.load(f);
        assertEquals("office-2026", rs.id());
        assertTrue(rs.inGroup("D:5", Country.of("KH")));
        assertFalse(rs.inGroup("D:5", Country.of("RU")));
        assertTrue(rs.inGroup("MACAU_OR_D5", Country.of("KH")));
        assertTrue(rs.chartMarked("NS1", Country.of("CN")));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"countryGroups\": {\"D:5\": {\"citation\": \"c\", \"members\": [\"CN\", \"RU\", \"IR\", \"XX\"]}}"
                    + "| countryGroups.D:5.members[3]: 'XX' is not an ISO 3166-1 alpha-2 country code",
            "\"countryGroups\": {\"D:5\": {\"members\": [\"CN\"]}}| countryGroups.D:5.citation: is missing",
            "\"countryGroups\": {\"D:5\": {\"citation\": \"c\", \"members\": [\"cn\"]}}"
                    + "| countryGroups.D:5.members[0]: 'cn' is not an ISO 3166-1 alpha-2 country code",
            "\"countryGroups\": {\"D:9\": {\"citation\": \"c\", \"members\": [\"CN\"], \"colour\": 1}}"
                    + "| countryGroups.D:9.colour: unknown field",
            "\"eccns\": {\"9E999\": {\"title\": \"t\", \"citation\": \"c\", \"controls\": [{\"reason\": \"NS\", \"column\": \"NS9\", \"citation\": \"c\"}]}}"
                    + "| eccns.9E999.controls[0].column: 'NS9' is not a Country Chart column",
            "\"eccns\": {\"9E999\": {\"title\": \"t\", \"citation\": \"c\", \"controls\": [{\"reason\": \"RS\", \"scope\": {\"groups\": [\"Z:1\"]}, \"citation\": \"c\"}]}}"
                    + "| eccns.9E999.controls[0].scope.groups[0]: 'Z:1' is not a country group",
            "\"embargoes\": {\"CU\": {\"title\": \"Cuba\", \"citation\": \"c\", \"text\": \"t\", \"cclOutcome\": \"FORBIDDEN\", \"ear99Outcome\": \"REVIEW\"}}"
                    + "| embargoes.CU.cclOutcome: 'FORBIDDEN' is not an outcome",
            "\"lawDate\": \"yesterday\"| lawDate: must be a date",
    })
    void malformedRuleSetFileIsRejectedNamingFileAndJsonPath(String section, String expected, @TempDir Path dir)
            throws Exception {
        String json = MINIMAL.formatted(section);
        if (section.startsWith("\"lawDate\"")) {
            json = json.replace("\"lawDate\": \"2026-08-01\", ", "");
        }
        Path f = dir.resolve("bad-rules.json");
        Files.writeString(f, json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleSetCatalog.load(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.trim()), e.getMessage());
    }

    @Test
    void userFileCannotTakeTheIdOfABuiltInRuleSet() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleSetCatalog.load(
                MINIMAL.formatted("\"hypothetical\": false").replace("office-2026", "ear-2026"), "mine.json"));
        assertTrue(e.getMessage().startsWith("mine.json: id: 'ear-2026' is the id of a built-in rule set"),
                e.getMessage());
    }

    @Test
    void builtInJsonReloadsUnderItsOwnRules() {
        for (RuleSet rs : RuleSetCatalog.builtIns()) {
            RuleSet again = RuleSetCatalog.load(rs.json().replace("\"id\" : \"" + rs.id() + "\"",
                    "\"id\" : \"copy-of-" + rs.id() + "\""), rs.id());
            assertEquals(rs.groups().keySet(), again.groups().keySet());
            assertEquals(rs.eccns().keySet(), again.eccns().keySet());
        }
    }

    @Test
    void invalidJsonIsRejectedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"id\": \"x\",\n  \"version\" \"1\"\n}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleSetCatalog.load(f));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RuleSetCatalog.load("{\"id\": \"a\", \"id\": \"b\"}", "dup.json"));
        assertTrue(e.getMessage().startsWith("dup.json"), e.getMessage());
    }

    @Test
    void unknownParentIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RuleSetCatalog.load("{\"extends\": \"ear-1999\"}", "child.json"));
        assertEquals("child.json: extends: 'ear-1999' is not a known rule set", e.getMessage());
    }

    @Test
    void unknownRuleSetIdThatIsNoFileIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleSetCatalog.resolve("ear-1999"));
        assertTrue(e.getMessage().contains("ear-2026"), e.getMessage());
    }

    @Test
    void missingFileIsRejected(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RuleSetCatalog.load(dir.resolve("nope.json")));
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
    }
}
