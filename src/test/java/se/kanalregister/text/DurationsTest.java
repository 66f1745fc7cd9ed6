package se.kanalregister.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"0, '0,1 s'", "40, '0,1 s'", "149, '0,1 s'", "150, '0,2 s'", "600, '0,6 s'", "999, '1,0 s'",
        "12345, '12,3 s'"})
    void secondsToOneDecimalWithTheLanguagesSeparator(long millis, String shown) {
        assertEquals(shown, Durations.seconds(Duration.ofMillis(millis), Messages.forLanguage("sv")));
        assertEquals(shown.replace(',', '.'), Durations.seconds(Duration.ofMillis(millis), Messages.forLanguage("en")));
    }
}
