package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintEditionTest {

    private final PrintEdition edition = new PrintEdition(List.of("01-a", "02-b"));

    @Test
    void movesHeadingsOneLevelDownAndPrefixesTheirIds() {
        assertEquals("<h3 id=\"01-a--intro\">Intro</h3>\n<h4 id=\"01-a--mer\">Mer</h4>\n<h6>x</h6>",
                edition.adapt("<h2 id=\"intro\">Intro</h2>\n<h3 id=\"mer\">Mer</h3>\n<h6>x</h6>", "01-a"));
    }

    @Test
    void linksToChaptersBecomeInPageLinks() {
        assertEquals("<a href=\"#kapitel-02-b\">B</a> <a href=\"#02-b--steg\">steg</a> <a href=\"#01-a--tabell\">t</a>",
                edition.adapt("<a href=\"../02-b/index.html\">B</a> <a href=\"../02-b/index.html#steg\">steg</a>"
                        + " <a href=\"#tabell\">t</a>", "01-a"));
    }

    @Test
    void otherHandbookLinksAreResolvedFromThePrintPagesFolder() {
        assertEquals("<a href=\"../register/index.html\">r</a> <a href=\"../handbok/index.html\">h</a>"
                        + " <a href=\"../register/x/index.html#hb_findings\">x</a>",
                edition.adapt("<a href=\"../../register/index.html\">r</a> <a href=\"../index.html\">h</a>"
                        + " <a href=\"../../register/x/index.html#hb_findings\">x</a>", "01-a"));
    }

    @Test
    void leavesAbsoluteLinksAndTextAlone() {
        String html = "<p>Skriv &lt;h2 id=&quot;x&quot;&gt; och href=&quot;#y&quot;</p>"
                + "<a rel=\"nofollow\" href=\"https://www.example.se/a#b\">e</a><a href=\"mailto:a@b.se\">m</a>";
        assertEquals(html, edition.adapt(html, "01-a"));
    }
}
