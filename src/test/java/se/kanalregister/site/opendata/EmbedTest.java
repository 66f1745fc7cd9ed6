package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/** embed/kanaler.html and its stylesheet: a fragment a CMS can take as it is. */
class EmbedTest {

    @TempDir
    static Path out;
    static String html;
    static String css;

    @BeforeAll
    static void build() {
        Path site = Sites.build("opendata-small", out).resolve("public");
        html = Sites.read(site, "embed/kanaler.html");
        css = Sites.read(site, "embed/kanaler.css");
    }

    @Test
    void isAFragmentWithoutDocumentElementsStylesOrScripts() {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (String banned : List.of("<html", "<head", "<body", "<!doctype", "<script", "<style", "style=", "<link")) {
            assertFalse(lower.contains(banned), "the fragment contains " + banned);
        }
        assertFalse(lower.matches("(?s).*\\son[a-z]+=.*"), "no event handler attributes");
        assertTrue(html.startsWith("<div class=\"kr-register\" lang=\"sv\">"), html);
    }

    @Test
    void everyClassHasThePrefixAndEveryLinkIsAbsolute() {
        Document d = Jsoup.parseBodyFragment(html);
        for (Element e : d.body().select("[class]")) {
            for (String c : e.classNames()) assertTrue(c.startsWith("kr-"), "class " + c);
        }
        List<Element> links = d.body().select("a");
        assertEquals(3 * 2 + 1, links.size(), "two links per active channel and one to the register");
        for (Element a : links) assertTrue(a.attr("href").startsWith("https://"), a.attr("href"));
        assertEquals(OpenDataFilesTest.BASE, links.get(links.size() - 1).attr("href"));
    }

    @Test
    void listsActiveChannelsMainAccountsFirstWithEscapedNames() {
        Document d = Jsoup.parseBodyFragment(html);
        List<String> names = d.body().select(".kr-name").eachText();
        assertEquals(List.of("Testby \"Officiell\" & <Kommun>", "Formel", "Sámegiella Testby"), names);
        assertTrue(html.contains("Testby &quot;Officiell&quot; &amp; &lt;Kommun&gt;"));
        assertEquals("se", d.body().select(".kr-name").get(2).attr("lang"), "the Sami name is marked as Sami");
        assertEquals("Om kanalen – Formel på Instagram", d.body().select(".kr-about").get(1).text());
    }

    @Test
    void stylesheetTouchesOnlyTheFragment() {
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
        for (String block : rules.split("}")) {
            if (block.isBlank()) continue;
            String selectors = block.substring(0, block.indexOf('{'));
            for (String s : selectors.split(",")) assertTrue(s.strip().startsWith(".kr-register"), "selector " + s.strip());
        }
        assertFalse(css.contains("<#"), "no template syntax left");
    }
}
