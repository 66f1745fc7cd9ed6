package se.kanalregister.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.text.Anchors;

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
        Anchors ids = headingIds();
        body.root().accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading h) {
                String text = PlainText.of(h);
                out.add(new Heading(h.getLevel(), text, ids.next(text)));
            }
        });
        return out;
    }

    /** Gives headings their ids during one render; a fresh instance per render keeps ids per document. */
    private static final class HeadingIds implements AttributeProvider {
        private final Anchors ids = headingIds();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof org.commonmark.node.Heading h) attributes.put("id", ids.next(PlainText.of(h)));
        }
    }

    /** Heading ids of one document; {@code main} is the layout's own id, so a heading cannot take it. */
    private static Anchors headingIds() {
        return new Anchors("", "avsnitt").reserve("main");
    }
}
