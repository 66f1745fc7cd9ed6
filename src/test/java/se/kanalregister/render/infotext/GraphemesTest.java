package se.kanalregister.render.infotext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bio limits count what a reader sees as one character, as the platforms do. */
class GraphemesTest {

    @Test
    void countsAsciiByLength() {
        assertEquals(16, Graphemes.count("Exempelby kommun"));
        assertEquals(0, Graphemes.count(""));
    }

    @Test
    void countsCrLfAsOne() {
        assertEquals(3, Graphemes.count("a\r\nb"));
        assertEquals(3, Graphemes.count("a\nb"));
    }

    @Test
    void countsSwedishSamiAndFinnishLettersAsOneEach() {
        assertEquals(3, Graphemes.count("åäö"));
        assertEquals(7, Graphemes.count("áčđŋšŧž"));
        assertEquals(9, Graphemes.count("meänkieli"));
    }

    @Test
    void countsALetterWithACombiningAccentAsOne() {
        assertEquals(1, Graphemes.count("e\u0301"));
        assertEquals(4, Graphemes.count("Ca\u0301fe"));
    }

    @Test
    void countsAnEmojiZwjSequenceAsOne() {
        assertEquals(1, Graphemes.count("👨‍👩‍👧‍👦"));
        assertEquals(1, Graphemes.count("🧑🏽‍🚀"));
        assertEquals(1, Graphemes.count("🏳️‍🌈"));
    }

    @Test
    void countsAFlagAsOneAndTwoFlagsAsTwo() {
        assertEquals(1, Graphemes.count("🇸🇪"));
        assertEquals(2, Graphemes.count("🇸🇪🇫🇮"));
    }

    @Test
    void countsSkinTonesAndKeycapsAsOne() {
        assertEquals(1, Graphemes.count("👋🏽"));
        assertEquals(1, Graphemes.count("1️⃣"));
        assertEquals(1, Graphemes.count("❤️"));
    }

    @Test
    void countsAMixedText() {
        assertEquals(8, Graphemes.count("Hej 👋🏽 🇸🇪!"));
    }

    @Test
    void countsALongTextInOnePass() {
        String text = "🇸🇪a\u0301".repeat(200_000);
        assertEquals(400_000, Graphemes.count(text));
    }

    @Test
    void countsEveryPairOfSimpleCharsLikeTheRegex() {
        java.util.regex.Pattern cluster = java.util.regex.Pattern.compile("\\X");
        StringBuilder simple = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) if (Graphemes.isSimple(c)) simple.append(c);
        for (int i = 0; i < simple.length(); i++) {
            for (int j = 0; j < simple.length(); j++) {
                String pair = "" + simple.charAt(i) + simple.charAt(j);
                assertEquals(cluster.matcher(pair).results().count(), Graphemes.count(pair), pair);
            }
        }
    }
}
