package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.render.MarkdownHtml;

class PrintEditionTest {

    private final PrintEdition edition = new PrintEdition(List.of("01-a", "02-b"));
    private final MarkdownHtml markdown = new MarkdownHtml();

    private String printed(String text) {
        MarkdownBody body = new MarkdownBody(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(text), text);
        return markdown.render(body, edition.placement("01-a", "Tabell"));
    }

    @Test
    void movesHeadingsOneLevelDownAndPrefixesTheirIds() {
        assertEquals("<h3 id=\"01-a--intro\">Intro</h3>\n<h4 id=\"01-a--mer\">Mer</h4>\n<h6 id=\"01-a--x\">x</h6>\n",
                printed("## Intro\n\n### Mer\n\n###### x\n"));
    }

    @Test
    void aTableIsNamedByItsHeadingsPrintedId() {
        String html = printed("## Priser\n\n| a |\n|---|\n| 1 |\n");
        assertTrue(html.startsWith("<h3 id=\"01-a--priser\">Priser</h3>\n"
                + "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"01-a--priser\"><table>"), html);
    }

    @Test
    void linksToChaptersBecomeInPageLinks() {
        assertEquals("<p><a rel=\"nofollow\" href=\"#kapitel-02-b\">B</a> <a rel=\"nofollow\" href=\"#02-b--steg\">steg</a> <a rel=\"nofollow\" href=\"#01-a--tabell\">t</a></p>\n",
                printed("[B](../02-b/index.html) [steg](../02-b/index.html#steg) [t](#tabell)\n"));
    }

    @Test
    void otherHandbookLinksAreResolvedFromThePrintPagesFolder() {
        assertEquals("<p><a rel=\"nofollow\" href=\"../register/index.html\">r</a> <a rel=\"nofollow\" href=\"../handbok/index.html\">h</a>"
                        + " <a rel=\"nofollow\" href=\"../register/x/index.html#hb_findings\">x</a> <img src=\"../handbok/01-a/bild.png\" alt=\"b\" /></p>\n",
                printed("[r](../../register/index.html) [h](../index.html) [x](../../register/x/index.html#hb_findings)"
                        + " ![b](bild.png)\n"));
    }

    @Test
    void leavesAbsoluteLinksAndTextAlone() {
        assertEquals("<p>Skriv &lt;h2 id=&quot;x&quot;&gt; och href=&quot;#y&quot; "
                        + "<a rel=\"nofollow\" href=\"https://www.example.se/a?b=1&amp;c=2#d\">e</a> <a rel=\"nofollow\" href=\"mailto:a@b.se\">m</a></p>\n",
                printed("Skriv <h2 id=\"x\"> och href=\"#y\" [e](https://www.example.se/a?b=1&c=2#d) [m](mailto:a@b.se)\n"));
    }
}
