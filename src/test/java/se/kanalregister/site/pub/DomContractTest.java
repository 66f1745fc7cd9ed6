package se.kanalregister.site.pub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/**
 * The DOM contract that the browser quality gate (quality/keyboard.mjs) and the script rely
 * on, checked on the example register without a browser: skip link, landmarks, the filter
 * form, the channel items' data, the live regions, the copy buttons, headings and language.
 */
class DomContractTest {

    private static final String FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex=-1])";

    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        site = Sites.build(Path.of("content").toAbsolutePath().toString(), out).resolve("public");
    }

    private static Document page(String path) {
        return Jsoup.parse(Sites.read(site, path));
    }

    private static List<String> htmlPages() {
        // embed/ holds an HTML fragment for pasting into a CMS page, not a page of its own
        return Sites.files(site).stream().filter(f -> f.endsWith(".html") && !f.startsWith("embed/")).toList();
    }

    @Test
    void everyPageStartsWithTheSkipLinkToMain() {
        for (String p : htmlPages()) {
            Document d = page(p);
            Element first = d.body().selectFirst(FOCUSABLE);
            assertNotNull(first, p);
            assertTrue(first.is("a.skip-link[href=#main]"), p + ": first focusable is " + first.outerHtml());
            assertEquals(1, d.select("main#main").size(), p);
            assertFalse(d.selectFirst("html").attr("lang").isEmpty(), p);
        }
    }

    @Test
    void everyPageHasOneH1AndHeadingsInOrder() {
        List<String> problems = new ArrayList<>();
        for (String p : htmlPages()) {
            Document d = page(p);
            if (d.select("h1").size() != 1) problems.add(p + ": " + d.select("h1").size() + " h1");
            int previous = 0;
            for (Element h : d.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) problems.add(p + ": " + h.tagName() + " \"" + h.text() + "\" after h" + previous);
                previous = level;
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theFilterFormHasLabelledControlsAndAStatus() {
        Document d = page("index.html");
        Element form = d.selectFirst("form#filter");
        assertNotNull(form);
        for (String control : List.of("select#filter-platform", "select#filter-unit", "input#filter-q[type=search]")) {
            Element c = form.selectFirst(control);
            assertNotNull(c, control);
            assertNotNull(d.selectFirst("label[for=" + c.id() + "]"), "label for " + control);
        }
        assertEquals("status", d.selectFirst("#filter-status").attr("role"));
        assertTrue(form.hasAttr("hidden"), "without the script the form stays hidden and the full list shows");
    }

    @Test
    void everyActiveChannelIsInTheListWithDataTheFilterCanUse() {
        Document d = page("index.html");
        List<Element> items = d.select("li.channel");
        assertEquals(Sites.files(site).stream().filter(f -> f.matches("kanaler/[^/]+/info\\.txt"))
                        .filter(f -> Sites.read(site, f).startsWith("Välkommen")).count(), items.size(),
                "one li.channel per active channel (each has an info.txt that welcomes; a closed one's says goodbye)");
        Set<String> platforms = d.select("#filter-platform option").eachAttr("value").stream().collect(Collectors.toSet());
        Set<String> units = d.select("#filter-unit option").eachAttr("value").stream().collect(Collectors.toSet());
        for (Element li : items) {
            assertTrue(platforms.contains(li.attr("data-platform")), li.attr("data-platform"));
            assertTrue(units.contains(li.attr("data-unit")), li.attr("data-unit"));
            assertFalse(li.attr("data-keys").isEmpty(), "the account identities the verify box looks up");
            assertEquals("me", li.selectFirst("a.account").attr("rel"));
        }
        assertTrue(d.select("li.closed-channel").size() > 0, "Avslutade kanaler");
        assertTrue(d.select("li.closed-channel a[rel=me]").isEmpty(), "a closed account is not linked as ours");
    }

    @Test
    void everyCopyButtonNamesANonEmptyElementAndThereIsALiveRegion() {
        int buttons = 0;
        for (String p : htmlPages()) {
            Document d = page(p);
            for (Element b : d.select("button.copy")) {
                buttons++;
                assertEquals("button", b.attr("type"), p);
                Element target = d.getElementById(b.attr("data-copy"));
                assertNotNull(target, p + ": " + b.attr("data-copy"));
                assertFalse(target.wholeText().isBlank(), p);
            }
            if (!d.select("button.copy").isEmpty()) assertEquals("status", d.selectFirst("#copy-status").attr("role"), p);
        }
        assertTrue(buttons > 50);
    }

    @Test
    void theCopiedTextIsExactlyTheTextFile() {
        Document d = page("kanaler/biblioteket-instagram/index.html");
        assertEquals(Sites.read(site, "kanaler/biblioteket-instagram/info.txt"), d.getElementById("info-full").wholeText());
        assertEquals(Sites.read(site, "kanaler/biblioteket-instagram/bio.txt"), d.getElementById("info-short-1").wholeText() + "\n");
    }

    @Test
    void passagesInAnotherLanguageAreMarked() {
        Document sv = page("kanaler/samegiella-facebook/index.html");
        assertEquals("se", sv.selectFirst("h1 span").attr("lang"));
        Document en = page("en/kanaler/samegiella-facebook/index.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("sv", en.selectFirst("p.lead").attr("lang"), "the purpose is Swedish on an English page");
        assertEquals("", en.getElementById("info-full").attr("lang"), "the English page shows the English text");
        assertTrue(en.getElementById("info-full").text().startsWith("Welcome to "), en.getElementById("info-full").text());
        assertEquals("sv", page("index.html").selectFirst("html").attr("lang"));
        assertNotNull(page("index.html").selectFirst("nav a[lang=en][hreflang=en]"), "the link to the English pages");
    }

    @Test
    void linksAreRelativeAndTheCanonicalIsAbsolute() {
        for (String p : htmlPages()) {
            Document d = page(p);
            for (Element a : d.select("a[href], link[href], script[src]")) {
                String href = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (a.is("link[rel=canonical], link[rel=alternate]")) {
                    assertTrue(href.startsWith("https://www.exempelby.se/sociala-medier/"), p + ": " + href);
                } else {
                    assertFalse(href.startsWith("/") || href.startsWith("http:"), p + ": " + href);
                }
            }
        }
        assertEquals("https://www.exempelby.se/sociala-medier/kanaler/exempelby-facebook/",
                page("kanaler/exempelby-facebook/index.html").selectFirst("link[rel=canonical]").attr("href"));
    }
}
