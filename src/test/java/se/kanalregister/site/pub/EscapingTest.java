package se.kanalregister.site.pub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/**
 * The fixture public-hostile puts markup, quotes, ampersands and javascript: addresses in
 * every public field that reaches a page. Each must show as the text it is, and nothing of
 * it may become an element, an attribute or a link.
 */
class EscapingTest {

    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        site = Sites.build("public-hostile", out).resolve("public");
    }

    private static List<String> pages() {
        // embed/ holds an HTML fragment for pasting into a CMS page, not a page of its own
        return Sites.files(site).stream().filter(f -> f.endsWith(".html") && !f.startsWith("embed/")).toList();
    }

    private static Document page(String path) {
        return Jsoup.parse(Sites.read(site, path));
    }

    @Test
    void noHostileTextBecomesAnElement() {
        List<String> problems = new ArrayList<>();
        for (String p : pages()) {
            Document d = page(p);
            for (Element e : d.select("img, svg, iframe, style, b, script")) {
                boolean ours = e.tagName().equals("script")
                        && (e.attr("src").endsWith("assets/site.js") || e.attr("type").equals("application/ld+json")
                            || e.id().equals("verify-rules") && e.attr("type").equals("application/json"));
                if (!ours) problems.add(p + ": <" + e.tagName() + "> " + e.outerHtml());
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().startsWith("on")) problems.add(p + ": attribute " + a.getKey() + " on <" + e.tagName() + ">");
                    if ((a.getKey().equals("href") || a.getKey().equals("src"))
                            && a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        problems.add(p + ": " + a.getKey() + "=" + a.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void hostileTextShowsAsTheTextItIs() {
        Document d = page("kanaler/fientlig-facebook/index.html");
        assertEquals("<script>alert(\"namn\")</script> & 'citat' \"dubbel\" på Facebook", d.selectFirst("h1").text());
        assertEquals("Klicka <a href=\"javascript:alert(1)\">här</a> & läs \"mer\" – javascript:alert('syfte')",
                d.selectFirst("p.lead").text());
        assertEquals("</pre><script>alert(\"historik\")</script>", d.selectFirst("ol.history span").text());
        assertTrue(d.selectFirst("#info-full").text().startsWith("Välkommen till <script>alert(\"namn\")</script>"));
    }

    @Test
    void hostileTextInAttributesStaysInsideTheAttribute() {
        Document d = page("index.html");
        Element li = d.selectFirst("li.channel[data-platform=facebook]");
        assertEquals("\"><img src=x onerror=alert(\"enhet\")>", li.attr("data-unit"));
        assertEquals("@\"><svg onload=alert(1)>", li.selectFirst("a.account").text());
        assertEquals("\"><img src=x onerror=alert(\"enhet\")>", d.select("#filter-unit option").get(1).attr("value"));
        assertTrue(d.selectFirst("form#verify").attr("data-no").contains("Kommun & \"Bolag\" <b>AB</b>"));
    }

    @Test
    void aSuccessorThatIsNotAnAddressIsNotALink() {
        Document d = page("kanaler/fientlig-x/index.html");
        assertEquals("<a href=\"javascript:alert(4)\">klicka</a>", d.selectFirst("p.successor").text());
        assertTrue(d.select("p.successor a").isEmpty());
    }

    @Test
    void theRawTextIsInTheTextFilesWhichBrowsersDoNotRun() {
        String info = Sites.read(site, "kanaler/fientlig-facebook/info.txt");
        assertTrue(info.startsWith("Välkommen till <script>alert(\"namn\")</script> & 'citat' \"dubbel\" på Facebook!\n"));
        assertFalse(info.contains("&lt;"), "plain text is not HTML-escaped");
    }

    @Test
    void theOrganisationsNameIsEscapedInTheFrame() {
        for (String p : pages()) {
            Document d = page(p);
            assertTrue(d.title().endsWith(" – Kommun & \"Bolag\" <b>AB</b>"), p + ": " + d.title());
            assertEquals("Kommun & \"Bolag\" <b>AB</b>", d.selectFirst(".site-name a").text());
        }
    }
}
