package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.MarkdownBody;

class MarkdownHtmlTest {

    private final MarkdownHtml markdown = new MarkdownHtml();

    private static MarkdownBody body(String text) {
        return new MarkdownBody(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(text), text);
    }

    private static final String TABLE = "| a |\n|---|\n| 1 |\n";
    private static final String TABLE_HTML = "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>";

    @Test
    void headingWrittenOnTwoLinesKeepsTheSpaceBetweenItsWords() {
        MarkdownBody b = body("Så gör\ndu det\n------\n");
        assertEquals(List.of(new MarkdownHtml.Heading(2, "Så gör du det", "sa-gor-du-det")), markdown.headings(b));
        assertEquals("<h2 id=\"sa-gor-du-det\">Så gör\ndu det</h2>\n", markdown.render(b));
    }

    @Test
    void idsAreUniqueAndNeverTheLayoutsMain() {
        MarkdownBody b = body("## Main\n\n## Tänk på\n\n## Tänk på\n\n## 👋\n");
        assertEquals(List.of("main-2", "tank-pa", "tank-pa-2", "avsnitt"),
                markdown.headings(b).stream().map(MarkdownHtml.Heading::id).toList());
        String html = markdown.render(b);
        for (String id : List.of("main-2", "tank-pa", "tank-pa-2", "avsnitt")) {
            assertEquals(true, html.contains("id=\"" + id + "\""), html);
        }
    }

    @Test
    void aPlacedTableScrollsInARegionNamedByTheHeadingAboveIt() {
        assertEquals("<h2 id=\"priser\">Priser</h2>\n"
                        + "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"priser\">"
                        + TABLE_HTML + "</div>\n",
                markdown.render(body("## Priser\n\n" + TABLE), MarkdownHtml.Placement.ownPage("Tabell")));
    }

    @Test
    void aTableBeforeAnyHeadingIsNamedByTheFallback() {
        assertEquals("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"T &amp; &quot;x&quot;\">"
                        + TABLE_HTML + "</div>\n<h3 id=\"b\">B</h3>\n",
                markdown.render(body(TABLE + "\n### B\n"), MarkdownHtml.Placement.ownPage("T & \"x\"")));
    }

    @Test
    void withoutPlacementTablesAreLeftUnwrappedAndTextStaysText() {
        assertEquals(TABLE_HTML + "\n<p>&lt;table&gt; är text här</p>\n", markdown.render(body(TABLE + "\n<table> är text här\n")));
    }
}
