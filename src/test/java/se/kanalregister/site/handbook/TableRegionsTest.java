package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableRegionsTest {

    @Test
    void namesEachTableByTheHeadingAboveIt() {
        assertEquals("<h2 id=\"a\">A</h2>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"a\">"
                        + "<table><tr><td>1</td></tr></table></div>",
                TableRegions.wrap("<h2 id=\"a\">A</h2>\n<table><tr><td>1</td></tr></table>", "Tabell"));
    }

    @Test
    void aTableBeforeAnyHeadingGetsTheFallbackName() {
        assertEquals("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"T &amp; &quot;x&quot;\">"
                + "<table></table></div><h3 id=\"b\">B</h3>", TableRegions.wrap("<table></table><h3 id=\"b\">B</h3>", "T & \"x\""));
    }

    @Test
    void leavesHtmlWithoutTablesAsItIs() {
        String html = "<p>&lt;table&gt; is text here</p>";
        assertEquals(html, TableRegions.wrap(html, "Tabell"));
    }
}
