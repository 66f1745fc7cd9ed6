package se.kanalregister.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.text.LinkScheme;

/**
 * Checks every relative link in the Markdown files against the pages that the build will
 * write, and rewrites links to other Markdown files ({@code 06-arkiv.md#gallring}) into
 * links to their pages ({@code ../06-arkiv/#gallring}). A link to a page that will not
 * exist, or one that climbs out of the output folder, is an error at its line.
 *
 * <p>Runs once after loading, before anything is rendered; it is the only code that
 * changes a loaded Markdown tree.
 */
public final class LinkCheck {

    private LinkCheck() {}

    public static void run(Register register, Diagnostics diagnostics) {
        run(register, ContentFiles.NONE, diagnostics);
    }

    /**
     * @param unloaded the files that are there but could not be read (each already reported):
     *                 a link to one of them is not a second, false error
     */
    public static void run(Register register, ContentFiles unloaded, Diagnostics diagnostics) {
        Set<String> internal = new HashSet<>(Layout.internalRoutes(register));
        Set<String> pub = new HashSet<>(Layout.publicRoutes(register));
        Set<String> chapters = new HashSet<>(slugs(register.guidelines()));
        Set<String> pages = new HashSet<>(slugs(register.pages()));
        chapters.addAll(unloaded.chapters());
        pages.addAll(unloaded.pages());
        unloaded.chapters().forEach(slug -> internal.add(Layout.chapter(slug)));
        unloaded.pages().forEach(slug -> pub.add(Layout.page(slug)));
        for (String id : unloaded.channels()) {
            internal.add(Layout.internalChannelPage(id));
            pub.add(Layout.channelPage(id));
        }
        for (Document d : register.guidelines()) {
            check(d, Layout.chapter(d.slug()), internal, chapters, "index.html", diagnostics);
        }
        for (Document d : register.pages()) {
            check(d, Layout.page(d.slug()), pub, pages, "", diagnostics);
        }
    }

    private static Set<String> slugs(List<Document> docs) {
        return Set.copyOf(docs.stream().map(Document::slug).toList());
    }

    /**
     * @param indexFile appended to rewritten links: the handbook is often opened from disk,
     *                  where a folder link does not open its index.html
     */
    private static void check(Document d, String base, Set<String> routes, Set<String> siblings, String indexFile,
                              Diagnostics diagnostics) {
        d.body().root().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(resolve(link, link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(resolve(image, image.getDestination()));
                visitChildren(image);
            }

            private String resolve(Node node, String destination) {
                if (destination.isBlank() || destination.startsWith("#") || LinkScheme.present(destination)
                        || destination.startsWith("//")) {
                    return destination; // external links and schemes are checked by the reader
                }
                int hash = destination.indexOf('#');
                String path = hash < 0 ? destination : destination.substring(0, hash);
                String fragment = hash < 0 ? "" : destination.substring(hash);
                if (path.startsWith("/")) {
                    diagnostics.error(at(d, node), "markdown.link.absolute-path", destination);
                    return destination;
                }
                if (path.endsWith(".md")) {
                    String file = path.substring(path.lastIndexOf('/') + 1);
                    String slug = file.substring(0, file.length() - 3);
                    if (!siblings.contains(slug) || (path.contains("/") && !path.startsWith("./"))) {
                        diagnostics.error(at(d, node), "markdown.link.missing-file", path);
                        return destination;
                    }
                    return "../" + slug + "/" + indexFile + fragment;
                }
                String target = target(base, path);
                if (target == null) {
                    diagnostics.error(at(d, node), "markdown.link.outside", destination);
                } else if (!routes.contains(target)) {
                    diagnostics.error(at(d, node), "markdown.link.missing-page", destination);
                }
                return destination;
            }
        });
    }

    /** The route a relative path reaches from {@code base}, or null when it climbs out of the output. */
    static String target(String base, String path) {
        try {
            URI root = new URI("https", "site.invalid", "/", null);
            URI resolved = root.resolve(new URI(null, null, base, null)).resolve(new URI(null, null, path, null));
            String p = resolved.normalize().getPath();
            if (!p.startsWith("/") || p.startsWith("/..")) return null;
            p = p.substring(1);
            if (p.endsWith("index.html")) p = p.substring(0, p.length() - "index.html".length());
            return p;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static SourcePosition at(Document d, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return SourcePosition.of(d.sourceFile());
        // spans are relative to the body; the reader recorded where the body starts
        SourceSpan s = spans.get(0);
        return new SourcePosition(d.sourceFile(), d.bodyFirstLine() + s.getLineIndex(), s.getColumnIndex() + 1);
    }
}
