package se.kanalregister.site.handbook;

import static se.kanalregister.text.Strings.orEmpty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.render.MarkdownHtml;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.site.Parallel;

/**
 * The handbook's chapters from {@code content/guidelines}, in their order: the chapter list,
 * one page per chapter with its table of contents and previous/next links, and the whole
 * handbook on one page for printing.
 */
final class Chapters {

    /**
     * A chapter as other pages link to it.
     *
     * @param summary empty when the chapter has none
     * @param href    relative to the handbook's root; templates put {@code frame.root} in front
     */
    public record ChapterLink(int number, String title, String summary, String href) {}

    /**
     * @param html     the chapter's body, rendered from checked Markdown (already escaped)
     * @param previous null on the first chapter
     * @param next     null on the last chapter
     */
    public record ChapterPage(PageFrame frame, ChapterLink chapter, int count, List<TocEntry> toc, String html,
                              ChapterLink previous, ChapterLink next) {}

    public record ListPage(PageFrame frame, List<ChapterLink> chapters) {}

    /** @param anchor the id of the chapter's section on the print page */
    public record PrintedChapter(ChapterLink chapter, String anchor, String html) {}

    public record PrintPage(PageFrame frame, List<PrintedChapter> chapters) {}

    /** The folder of the whole handbook on one page. */
    static final String PRINT = "utskrift/";

    private final InternalPages pages;
    private final List<Document> documents;
    private final List<ChapterLink> links;

    Chapters(InternalPages pages) {
        this.pages = pages;
        this.documents = pages.context().register().guidelines();
        List<ChapterLink> l = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            l.add(new ChapterLink(i + 1, d.title(), orEmpty(d.summary()),
                    Layout.chapter(d.slug()) + "index.html"));
        }
        this.links = List.copyOf(l);
    }

    /** The chapters in order, for the start page. */
    List<ChapterLink> links() {
        return links;
    }

    void write() throws IOException {
        pages.write(Section.HANDBOOK.path(), "internal/chapters.ftlh",
                new ListPage(pages.frame(Section.HANDBOOK.path(), pages.messages().get("hb.chapters.title"), ""), links));
        PrintEdition edition = new PrintEdition(documents.stream().map(Document::slug).toList());
        PrintedChapter[] printed = new PrintedChapter[documents.size()];
        List<Integer> indexes = IntStream.range(0, documents.size()).boxed().toList();
        Parallel.forEach(indexes, i -> printed[i] = writeChapter(i, edition));
        pages.write(PRINT, "internal/print.ftlh",
                new PrintPage(pages.frame(PRINT, pages.messages().get("hb.print.title"), ""), List.of(printed)));
    }

    /** Writes chapter {@code i}'s page and returns the chapter as the print page shows it. */
    private PrintedChapter writeChapter(int i, PrintEdition edition) throws IOException {
        Document d = documents.get(i);
        MarkdownHtml markdown = pages.context().markdown();
        String path = Layout.chapter(d.slug());
        ChapterLink link = links.get(i);
        String tableName = pages.messages().get("hb.table");
        String html = markdown.render(d.body(), MarkdownHtml.Placement.ownPage(tableName));
        ChapterLink previous = i > 0 ? links.get(i - 1) : null;
        ChapterLink next = i + 1 < links.size() ? links.get(i + 1) : null;
        pages.write(path, "internal/chapter.ftlh", new ChapterPage(pages.frame(path, d.title(), link.summary()), link,
                links.size(), TocEntry.of(markdown.headings(d.body())), html, previous, next));
        return new PrintedChapter(link, PrintEdition.anchor(d.slug()),
                markdown.render(d.body(), edition.placement(d.slug(), tableName)));
    }
}
