package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
