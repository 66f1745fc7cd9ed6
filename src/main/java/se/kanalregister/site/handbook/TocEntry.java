package se.kanalregister.site.handbook;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.render.MarkdownHtml;

/**
 * One line of a chapter's table of contents: a heading's text, its id on the page, and the
 * headings one level below it.
 */
public record TocEntry(String text, String id, List<TocEntry> children) {

    public TocEntry {
        children = List.copyOf(children);
    }

    /**
     * The table of contents of a chapter: its highest heading level as the entries, the next
     * level as their children; deeper headings are left out to keep it short. A heading of the
     * lower level before any higher one becomes an entry of its own.
     */
    static List<TocEntry> of(List<MarkdownHtml.Heading> headings) {
        int top = headings.stream().mapToInt(MarkdownHtml.Heading::level).min().orElse(0);
        List<TocEntry> out = new ArrayList<>();
        MarkdownHtml.Heading parent = null;
        List<TocEntry> children = new ArrayList<>();
        for (MarkdownHtml.Heading h : headings) {
            if (h.level() == top) {
                if (parent != null) out.add(entry(parent, children));
                parent = h;
                children = new ArrayList<>();
            } else if (h.level() == top + 1) {
                if (parent == null) out.add(entry(h, List.of()));
                else children.add(entry(h, List.of()));
            }
        }
        if (parent != null) out.add(entry(parent, children));
        return List.copyOf(out);
    }

    private static TocEntry entry(MarkdownHtml.Heading h, List<TocEntry> children) {
        return new TocEntry(h.text(), h.id(), children);
    }
}
