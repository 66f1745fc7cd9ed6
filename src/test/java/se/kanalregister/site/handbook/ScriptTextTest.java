package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptTextTest {

    @Test
    void quotesAndEscapesToAscii() {
        assertEquals("\"a \\\"b\\\" \\\\ \\n\"", ScriptText.quote("a \"b\" \\ \n"));
        assertEquals("\"\\u00e5\\u00e4\\u00f6 \\u014b\"", ScriptText.quote("åäö ŋ"));
    }

    @Test
    void cannotEndAScriptElementOrBreakALine() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029 \\u0009\"", ScriptText.quote("</script> & \u2028\u2029 \t"));
    }

    @Test
    void quotesLikeTheCharByCharDefinition() {
        Random random = new Random(5);
        String pieces = "ab\"\\\n\t<>&åŋ–\u2028\uD83D\uDE00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String text = b.toString();
            assertEquals(reference(text), ScriptText.quote(text), text);
        }
    }

    /** The definition: every char that is not printable ASCII, or is one of < > &, as a \\u escape. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"') b.append("\\\"");
            else if (c == '\\') b.append("\\\\");
            else if (c == '\n') b.append("\\n");
            else if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
