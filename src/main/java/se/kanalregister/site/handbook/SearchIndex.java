package se.kanalregister.site.handbook;

import static se.kanalregister.text.Strings.orEmpty;

import static se.kanalregister.text.JsonStrings.Target.ASCII_SCRIPT;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import se.kanalregister.model.Document;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Layout;
import se.kanalregister.render.MarkdownHtml;
import se.kanalregister.render.PlainText;
import se.kanalregister.text.JsonStrings;
import se.kanalregister.text.Messages;

/**
 * The handbook's search index: one entry per chapter section, channel and checklist, written
 * at build time as {@code search-index.js}. A script file that assigns a global works when
 * the handbook is opened from disk, where browsers refuse to fetch() a JSON file. Not
 * thread-safe: filled by one thread, then written.
 */
final class SearchIndex {

    /** The name of the index file in the handbook's root. */
    static final String FILE = "search-index.js";

    /**
     * @param title   what a hit shows as its link
     * @param context where the hit is, e.g. the chapter's title
     * @param href    relative to the handbook's root
     * @param text    the words searched, besides the title
     */
    record Entry(String title, String context, String href, String text) {}

    private final List<Entry> entries = new ArrayList<>();

    /** One entry for the chapter's introduction and one per heading at the top of its body. */
    void addChapter(Document d, MarkdownHtml markdown) {
        String href = Layout.chapter(d.slug()) + "index.html";
        List<MarkdownHtml.Heading> headings = markdown.headings(d.body());
        String title = d.title();
        String anchor = "";
        StringBuilder text = new StringBuilder(orEmpty(d.summary()));
        int next = 0;
        for (Node n = d.body().root().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading && next < headings.size()) {
                addSection(title, d.title(), href + anchor, text);
                MarkdownHtml.Heading h = headings.get(next++);
                title = h.text();
                anchor = "#" + h.id();
                text.setLength(0);
            } else {
                text.append(' ').append(PlainText.of(n));
                next += countHeadings(n);
            }
        }
        addSection(title, d.title(), href + anchor, text);
    }

    void addChecklist(Checklists.Checklist c, String context) {
        entries.add(new Entry(c.title(), context, Section.CHECKLISTS.path() + "index.html#" + c.id(), Checklists.plain(c)));
    }

    /** A channel, found by its name, purpose, people, handle, status and id. */
    void addChannel(ChannelView v, Messages m) {
        InternalInfo i = v.internal();
        StringBuilder text = new StringBuilder(v.channel().purpose());
        labelled(text, m.get("hb.field.owner"), i.owner());
        labelled(text, m.get("hb.field.deputy"), i.deputy());
        labelled(text, m.get("hb.field.admins"), String.join(", ", i.admins()));
        labelled(text, m.get("hb.field.handle"), v.channel().handle());
        labelled(text, m.get("hb.field.status"), v.status());
        text.append(' ').append(v.id());
        String context = String.join(" · ", m.get("hb.register.title"), v.platform(), v.channel().unit());
        entries.add(new Entry(v.channel().name(), context, v.href(), text.toString()));
    }

    /** Appends "label: value." when there is a value. */
    private static void labelled(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) text.append(' ').append(label).append(": ").append(value).append('.');
    }

    private void addSection(String title, String chapter, String href, StringBuilder text) {
        entries.add(new Entry(title, chapter, href, text.toString().strip()));
    }

    /**
     * The script: {@code window.kanalregisterSearch = [...]}, one entry per line. Only ASCII,
     * so it reads the same whatever encoding a browser assumes for a handbook opened from disk.
     */
    String script() {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("// The handbook's search index, written by Kanalregister at build time.\n");
        b.append("window.kanalregisterSearch = [\n");
        for (Entry e : entries) {
            b.append("{\"t\":");
            JsonStrings.append(b, e.title(), ASCII_SCRIPT);
            b.append(",\"c\":");
            JsonStrings.append(b, e.context(), ASCII_SCRIPT);
            b.append(",\"h\":");
            JsonStrings.append(b, e.href(), ASCII_SCRIPT);
            b.append(",\"x\":");
            JsonStrings.append(b, e.text(), ASCII_SCRIPT);
            b.append("},\n");
        }
        return b.append("];\n").toString();
    }

    /** Headings nested in a block (a list, a quote), which the renderer numbers too. */
    private static int countHeadings(Node n) {
        int[] count = {0};
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                count[0]++;
                visitChildren(heading);
            }
        });
        return count[0];
    }
}
