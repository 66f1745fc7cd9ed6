package se.kanalregister.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import se.kanalregister.text.HtmlEscaping;

/**
 * Renders headings at their placed level and, when the placement names tables, puts every
 * table into a region that scrolls sideways, so a wide table never makes the whole page
 * scroll on a phone or at 400 % zoom. The region can be reached with the keyboard and is
 * named by the heading above the table. Otherwise the markup is commonmark's own. One per render.
 */
final class PlacedNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final MarkdownHtml.Placement placement;
    /** The id of the heading rendered last: it names the tables below it. */
    private String headingId;

    PlacedNodeRenderer(HtmlNodeRendererContext context, MarkdownHtml.Placement placement) {
        this.context = context;
        this.html = context.getWriter();
        this.placement = placement;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return placement.tableName() == null ? Set.of(Heading.class) : Set.of(Heading.class, TableBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Heading h) heading(h);
        else table((TableBlock) node);
    }

    private void heading(Heading heading) {
        String tag = "h" + Math.min(6, heading.getLevel() + placement.headingShift());
        Map<String, String> attributes = context.extendAttributes(heading, tag, Map.of());
        headingId = attributes.get("id");
        html.line();
        html.tag(tag, attributes);
        children(heading);
        html.tag("/" + tag);
        html.line();
    }

    private void table(TableBlock table) {
        String name = headingId == null ? "aria-label=\"" + HtmlEscaping.escape(placement.tableName()) + "\""
                : "aria-labelledby=\"" + headingId + "\"";
        html.line();
        html.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" " + name + ">");
        html.tag("table", context.extendAttributes(table, "table", Map.of()));
        children(table);
        html.tag("/table");
        html.raw("</div>");
        html.line();
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            context.render(n);
            n = next;
        }
    }
}
