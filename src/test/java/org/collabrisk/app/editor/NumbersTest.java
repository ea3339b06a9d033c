package org.collabrisk.app.editor;

import org.collabrisk.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1e26;1e26", "10^26;1e26", "3 x 10^25;3e25", "1.2×10^25;1.2e25",
            "3,000,000;3e6", "7E10;7e10", "0;0"})
    void readsTheWaysPeopleWriteTrainingCompute(String text, double expected) {
        assertEquals(expected, Numbers.parse("ops", text), expected * 1e-12);
    }

    @Test
    void blankMeansUnknown() {
        assertNull(Numbers.parse("ops", "  "));
        assertNull(Numbers.problem("ops", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "1e", "-5", "10^x"})
    void rejectsWhatIsNotANumberNamingTheField(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Numbers.parse("training operations", text));
        assertTrue(e.getMessage().startsWith("training operations: '" + text.trim() + "'"), e.getMessage());
    }

    @Test
    void formatsLargeNumbersCompactlyAndBack() {
        assertEquals("3e26", Numbers.format(3e26));
        assertEquals("1.25e25", Numbers.format(1.25e25));
        assertEquals("87.1", Numbers.format(87.1));
        assertEquals("52", Numbers.format(52.0));
        assertEquals(3e26, Numbers.parse("x", Numbers.format(3e26)));
    }

    @Test
    void benchmarksRoundTripAndBadPairsAreNamed() {
        Map<String, Double> m = Numbers.parseBenchmarks("mmlu=87.1; GPQA Diamond: 52%, AgentBench=8.4");
        assertEquals(Map.of("MMLU", 87.1, "GPQA_DIAMOND", 52.0, "AGENTBENCH", 8.4), m);
        assertEquals(m, Numbers.parseBenchmarks(Numbers.formatBenchmarks(m)));
        assertTrue(assertThrows(InvalidInputException.class, () -> Numbers.parseBenchmarks("MMLU"))
                .getMessage().contains("NAME=score"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Numbers.parseBenchmarks("MMLU=1; mmlu=2"))
                .getMessage().contains("twice"));
    }
}
