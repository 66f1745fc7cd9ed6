package se.kanalregister.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order Swedish readers expect, the same on every Java version. */
class SwedishOrderTest {

    private static List<String> sorted(String... words) {
        List<String> out = new ArrayList<>(List.of(words));
        out.sort(new SwedishOrder());
        return out;
    }

    @Test
    void aRingAUmlautAndOUmlautComeAfterZ() {
        assertEquals(List.of("Arvika", "Zinkgruvan", "Åre", "Älvsbyn", "Örebro"),
                sorted("Örebro", "Älvsbyn", "Åre", "Zinkgruvan", "Arvika"));
    }

    /** Since SAOL 13 (2006) w is a letter of its own; Java 17's built-in Swedish rules still sorted it as v. */
    @Test
    void wIsALetterOfItsOwnAfterV() {
        assertEquals(List.of("TikTok", "Vimeo", "WhatsApp", "YouTube"), sorted("WhatsApp", "YouTube", "Vimeo", "TikTok"));
        assertEquals(List.of("vb", "wa"), sorted("wa", "vb"));
    }

    @Test
    void danishAndGermanLettersSortWithTheirSwedishNeighbours() {
        assertEquals(List.of("Über", "Yxa", "Zeta", "Äpple", "Æble", "Öl", "Øl"),  // ü as y: "yber" before "yxa"
                sorted("Øl", "Öl", "Æble", "Äpple", "Zeta", "Über", "Yxa"));
    }

    @Test
    void caseAndAccentsDecideOnlyBetweenOtherwiseEqualWordsAndTheOrderIsTotal() {
        assertEquals(List.of("ek", "Ek", "Eken", "él"), sorted("Eken", "él", "Ek", "ek"));
        assertEquals(List.of("a", "a"), sorted("a", "a"));
    }
}
