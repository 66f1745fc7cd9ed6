package se.kanalregister.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.text.Slugs;

/**
 * Markdown to HTML, configured once: raw HTML is escaped (the loader already rejected it),
 * unsafe link schemes are neutralised as a second line of defence, and every heading gets a
 * stable, readable id made from its text ({@code ## Så gör du} → {@code id="sa-gor-du"}).
 * Thread-safe.
 */
public final class MarkdownHtml {

    /** A heading for a table of contents. */
    public record Heading(int level, String text, String id) {}

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();

    public String render(MarkdownBody body) {
        return renderer.render(body.root());
    }

    /** The headings of a body with the ids {@link #render} gives them, in order. */
    public List<Heading> headings(MarkdownBody body) {
        List<Heading> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        body.root().accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading h) {
                String text = textOf(h);
                out.add(new Heading(h.getLevel(), text, uniqueId(text, used)));
            }
        });
        return out;
    }

    /** Gives headings their ids during one render; a fresh instance per render keeps ids per document. */
    private static final class HeadingIds implements AttributeProvider {
        private final Set<String> used = new HashSet<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof org.commonmark.node.Heading h) attributes.put("id", uniqueId(textOf(h), used));
        }
    }

    static String uniqueId(String text, Set<String> used) {
        String base = Slugs.slugify(text, "avsnitt");
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }

    static String textOf(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString().strip();
    }
}
