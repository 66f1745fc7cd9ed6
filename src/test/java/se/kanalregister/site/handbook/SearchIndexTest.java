package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.model.Document;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.render.MarkdownHtml;
import se.kanalregister.testing.Sites;

class SearchIndexTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static Document chapter(String markdown) {
        return new Document("01-a", "Kapitel A", 1, "Sammanfattning.", new MarkdownBody(PARSER.parse(markdown), markdown), "a.md", 5);
    }

    @Test
    void oneEntryForTheIntroductionAndOnePerHeading() {
        SearchIndex index = new SearchIndex();
        index.addChapter(chapter("Intro med [länk](https://x.se).\n\n## Första\n\nText *ett*.\n\n"
                + "> ## I ett citat\n\n## Andra\n\n| a | b |\n|---|---|\n| c | d |\n"), new MarkdownHtml());
        assertEquals("// The handbook's search index, written by Kanalregister at build time.\n"
                + "window.kanalregisterSearch = [\n"
                + "{\"t\":\"Kapitel A\",\"c\":\"Kapitel A\",\"h\":\"handbok/01-a/index.html\",\"x\":\"Sammanfattning. Intro med l\\u00e4nk.\"},\n"
                + "{\"t\":\"F\\u00f6rsta\",\"c\":\"Kapitel A\",\"h\":\"handbok/01-a/index.html#forsta\",\"x\":\"Text ett. I ett citat\"},\n"
                + "{\"t\":\"Andra\",\"c\":\"Kapitel A\",\"h\":\"handbok/01-a/index.html#andra\",\"x\":\"a b c d\"},\n"
                + "];\n", index.script());
    }

    @Test
    void theBuiltIndexCoversChaptersChecklistsAndChannels(@TempDir Path tmp) {
        Path site = Sites.build(HandbookSiteTest.FIXTURE, tmp);
        String js = Sites.read(site, "internal/search-index.js");
        assertTrue(js.chars().allMatch(c -> c < 0x80), "ASCII only");
        for (String href : List.of("handbok/01-forsta/index.html#tabell", "handbok/03-tredje/index.html",
                "checklista/index.html#close", "register/utan-agare/index.html")) {
            assertTrue(js.contains("\"h\":\"" + href + "\""), href);
        }
        assertTrue(js.contains("Kanal\\u00e4gare: Anna Andersson."));
    }
}
