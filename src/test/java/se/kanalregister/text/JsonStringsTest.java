package se.kanalregister.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kanalregister.text.JsonStrings.Target.ASCII_SCRIPT;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII script form, which the handbook's search index uses; JsonWriterTest covers the others. */
class JsonStringsTest {

    @Test
    void quotesAndEscapesToAscii() {
        assertEquals("\"a \\\"b\\\" \\\\ \\n\"", JsonStrings.quote("a \"b\" \\ \n", ASCII_SCRIPT));
        assertEquals("\"\\u00e5\\u00e4\\u00f6 \\u014b\"", JsonStrings.quote("åäö ŋ", ASCII_SCRIPT));
    }

    @Test
    void cannotEndAScriptElementOrBreakALine() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029 \\t\"",
                JsonStrings.quote("</script> & \u2028\u2029 \t", ASCII_SCRIPT));
    }

    @Test
    void quotesLikeTheCharByCharDefinition() {
        Random random = new Random(5);
        String pieces = "ab\"\\\n\t<>&åŋ–\u2028\uD83D\uDE00\u007f";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String text = b.toString();
            assertEquals(reference(text), JsonStrings.quote(text, ASCII_SCRIPT), text);
        }
    }

    /** The definition: JSON's short escapes, else every char that is not printable ASCII, or is one of < > &, as a \\u escape. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"') b.append("\\\"");
            else if (c == '\\') b.append("\\\\");
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
