package se.kanalregister.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkSchemeTest {

    @Test
    void readsRfc3986Schemes() {
        assertEquals("https", LinkScheme.of("HTTPS://www.exempelby.se/"));
        assertEquals("mailto", LinkScheme.of("mailto:info@exempelby.se"));
        assertEquals("web+app.x-1", LinkScheme.of("web+app.x-1:path"));
    }

    @Test
    void findsNoSchemeInRelativeLinks() {
        for (String relative : new String[] {"", "regler/", "../kanaler/x/", "#ankare", "//evil.example/", "1abc:x",
                "+x:y", ":x", "./a:b", "a b:c", "åby:x"}) {
            assertEquals("", LinkScheme.of(relative), relative);
        }
    }

    @Test
    void readsTheSchemeAsABrowserDoes() {
        assertEquals("javascript", LinkScheme.of("java\tscript:alert(1)"));
        assertEquals("javascript", LinkScheme.of("java\nscr\ript:alert(1)"));
        assertEquals("mailto", LinkScheme.of(" \u0001mailto:a@b.se"));
        assertEquals("", LinkScheme.of("a\u0001b:c"));
    }
}
