package se.kanalregister.load.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    /** The reader skips normalising such text; this is why that is safe. */
    @Test
    void everyPairOfCharsBelowTheCombiningMarksIsAlreadyNfc() {
        for (char a = 0; a < 0x300; a++) {
            for (char b = 0; b < 0x300; b++) {
                String pair = "" + a + b;
                assertTrue(YamlReader.isBelowCombiningMarks(pair));
                assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), pair);
            }
        }
    }
}
