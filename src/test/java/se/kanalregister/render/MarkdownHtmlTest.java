package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.MarkdownBody;

class MarkdownHtmlTest {

    private final MarkdownHtml markdown = new MarkdownHtml();

    private static MarkdownBody body(String text) {
        return new MarkdownBody(Parser.builder().build().parse(text), text);
    }

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
}
