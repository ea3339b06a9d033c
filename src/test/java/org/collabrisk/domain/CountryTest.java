package org.collabrisk.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China|CN", "People's Republic of China|CN", "PRC|CN", "prc|CN", "Hong Kong|HK", "Macao|MO",
            "Korea, Republic of|KR", "South Korea|KR", "Türkiye|TR", "Turkey|TR", "Turkiye|TR", "Russia|RU",
            "Russian Federation|RU", "Iran|IR", "USA|US", "United States|US", "UK|GB", "Germany|DE", "de|DE",
            "Viet Nam|VN", "Burma|MM", "Czechia|CZ", "Côte d'Ivoire|CI", "Taiwan|TW", "Bosnia and Herzegovina|BA",
            "Bosnia & Herzegovina|BA", "Trinidad and Tobago|TT", "Saint Lucia|LC", "St. Lucia|LC",
            "Kingdom of Saudi Arabia|SA"})
    void namesAndAliasesResolveToCodes(String name, String code) {
        assertEquals(code, Country.parse(name).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "China", "", "Atlantis", "ZZ"})
    void unknownCodesAreRejectedWithAClearMessage(String bad) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Country.of(bad));
        assertTrue(e.getMessage().contains("ISO 3166-1 alpha-2"), e.getMessage());
    }

    @Test
    void aNameGivenWhereACodeIsExpectedSuggestsTheCode() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Country.of("China"));
        assertTrue(e.getMessage().contains("did you mean CN"), e.getMessage());
    }

    @Test
    void hongKongIsTreatedAsChinaUnderTheEar() {
        assertEquals(Country.of("CN"), Country.of("HK").earDestination());
        assertEquals(Country.of("MO"), Country.of("MO").earDestination());
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertFalse(Country.parse("Atlantis").isPresent());
        assertFalse(Country.parse("Northern Kingdom").isPresent());
    }

    @Test
    void codesAreCaseInsensitive() {
        assertEquals("DE", Country.of("de").code());
    }
}
