package se.kanalregister.render;

import se.kanalregister.testing.StrictJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.text.JsonStrings;

class JsonWriterTest {

    private static String literal(String s, boolean scriptSafe) {
        StringBuilder b = new StringBuilder();
        JsonStrings.append(b, s, scriptSafe ? JsonStrings.Target.HTML_SCRIPT : JsonStrings.Target.FILE);
        return b.toString();
    }

    private static String roundTrip(String s, boolean scriptSafe) {
        String text = (scriptSafe ? JsonWriter.forScript() : JsonWriter.plain()).beginObject().member("v", s).endObject().text();
        return StrictJson.parse(text).get("v").textValue();
    }

    @Test
    void escapesQuotesAndBackslash() {
        assertEquals("\"say \\\"hej\\\" \\\\ bye\"", literal("say \"hej\" \\ bye", false));
    }

    @Test
    void escapesEveryControlCharacter() {
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u0001\\u001f\\u007f\"", literal("\n\r\t\b\f\u0000\u0001\u001f\u007f", false));
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) all.append(c);
        String escaped = literal(all.toString(), false);
        for (int i = 0; i < escaped.length(); i++) assertTrue(escaped.charAt(i) >= 0x20, "raw control character at " + i);
        assertEquals(all.toString(), roundTrip(all.toString(), false));
    }

    @Test
    void escapesJavaScriptLineSeparators() {
        assertEquals("\"a\\u2028b\\u2029c\"", literal("a\u2028b\u2029c", false));
        assertEquals("a\u2028b\u2029c", roundTrip("a\u2028b\u2029c", false));
    }

    @Test
    void scriptSafeWriterHidesEveryAngleBracketAndAmpersand() {
        String nasty = "</script><script>alert(1)</script><!-- & -->";
        String text = JsonWriter.forScript().beginArray().value(nasty).endArray().text();
        assertFalse(text.contains("<") || text.contains(">") || text.contains("&"), text);
        assertTrue(text.contains("\\u003c/script\\u003e"), text);
        assertEquals(nasty, roundTrip(nasty, true));
    }

    @Test
    void plainWriterKeepsLettersAndAngleBracketsReadable() {
        assertEquals("\"Åsa <ŋ> & 😀\"", literal("Åsa <ŋ> & 😀", false));
    }

    @Test
    void escapesUnpairedSurrogatesButNotPairs() {
        assertEquals("\"\\ud800x\\udc00😀\"", literal("\uD800x\uDC00😀", false));
    }

    @Test
    void indentsNestedContainersAndWritesEmptyOnesShort() {
        String text = JsonWriter.plain().beginObject()
                .member("a", "x")
                .name("b").beginArray().value(1).value(true).value((String) null).endArray()
                .name("c").beginObject().endObject()
                .name("d").values(List.of())
                .endObject().text();
        assertEquals("{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    true,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}\n", text);
    }

    @Test
    void misuseIsAProgramFault() {
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().beginObject().value("no name"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().beginArray().name("in array"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().beginObject().text());
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().beginObject().name("a").endObject());
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().value("one").value("two"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.plain().text());
    }

    @Test
    void longStringsFullOfEscapesTakeLinearTime() {
        String big = "\"<\u2028\\\u0001".repeat(400_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(big, roundTrip(big, true)));
    }
}
