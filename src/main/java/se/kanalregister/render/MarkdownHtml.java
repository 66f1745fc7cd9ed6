package se.kanalregister.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.text.Anchors;

/**
 * Markdown to HTML, configured once: raw HTML is escaped (the loader already rejected it),
 * unsafe link schemes are neutralised as a second line of defence, and every heading gets a
 * stable, readable id made from its text ({@code ## Så gör du} → {@code id="sa-gor-du"}).
 * A {@link Placement} fits a body into a bigger page as it is rendered, so no rendered HTML
 * is ever rewritten afterwards. Thread-safe.
 */
public final class MarkdownHtml {

    /** A heading for a table of contents. */
    public record Heading(int level, String text, String id) {}

    /**
     * How a body is fitted into the page that shows it.
     *
     * @param headingShift levels added to every heading (never beyond {@code h6})
     * @param headingId    the id a heading gets, from the id it has on a page of its own
     * @param link         the {@code href} of a link or {@code src} of an image, from its sanitised destination
     * @param tableName    names a table's sideways-scrolling region when no heading comes before
     *                     the table; null leaves tables unwrapped
     */
    public record Placement(int headingShift, UnaryOperator<String> headingId, UnaryOperator<String> link, String tableName) {

        /** On a page of its own, every table in a region named by the heading above it, or else by {@code tableName}. */
        public static Placement ownPage(String tableName) {
            return new Placement(0, UnaryOperator.identity(), UnaryOperator.identity(), tableName);
        }
    }

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();

    public String render(MarkdownBody body) {
        return renderer.render(body.root());
    }

    /** {@code body} fitted into a bigger page as {@code placement} says. */
    public String render(MarkdownBody body, Placement placement) {
        HtmlRenderer placed = HtmlRenderer.builder()
                // before the tables extension: the first renderer of a node type wins
                .nodeRendererFactory(context -> new PlacedNodeRenderer(context, placement))
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new PlacedAttributes(placement))
                .build();
        return placed.render(body.root());
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

    /** Heading ids as {@link HeadingIds} gives them, then placed; link and image addresses placed. */
    private static final class PlacedAttributes implements AttributeProvider {
        private final HeadingIds ids = new HeadingIds();
        private final Placement placement;

        PlacedAttributes(Placement placement) {
            this.placement = placement;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof org.commonmark.node.Heading) {
                ids.setAttributes(node, tagName, attributes);
                attributes.put("id", placement.headingId().apply(attributes.get("id")));
            } else if (node instanceof Link && attributes.containsKey("href")) {
                attributes.put("href", placement.link().apply(attributes.get("href")));
            } else if (node instanceof Image && attributes.containsKey("src")) {
                attributes.put("src", placement.link().apply(attributes.get("src")));
            }
        }
    }

    /** Heading ids of one document; {@code main} is the layout's own id, so a heading cannot take it. */
    private static Anchors headingIds() {
        return new Anchors("", "avsnitt").reserve("main");
    }
}
