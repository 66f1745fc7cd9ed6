package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void dropsCharactersXmlCannotHold() {
        assertEquals("ab", XmlText.clean("a\u0001\u0000\u001F\uFFFE\uFFFFb"));
        assertEquals("ab", XmlText.clean("a\uD800b"));
        assertEquals("ab", XmlText.clean("a\uDC00b"));
    }

    @Test
    void keepsTabsLineBreaksLettersAndSurrogatePairs() {
        String s = "a\tb\nc\rd Åsa ŋ 😀 \u2028 <&>";
        assertSame(s, XmlText.clean(s));
    }

    @Test
    void nullStaysNull() {
        assertNull(XmlText.clean(null));
    }

    @Test
    void cleanedTextParsesAsXml() {
        String dirty = "x\u0001y\uD800z";
        StrictXml.parse("<a>" + XmlText.clean(dirty) + "</a>");
    }
}
