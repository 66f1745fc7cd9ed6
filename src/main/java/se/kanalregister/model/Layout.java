package se.kanalregister.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.kanalregister.text.Messages;

/**
 * Where every page of the two outputs lives, as paths relative to the output's root
 * ({@code ""} is the start page, folders end in {@code /}). Renderers and the link check
 * both ask here, so a Markdown link is checked against the pages that will really exist.
 */
public final class Layout {

    /**
     * Public page names the tool writes itself; a content page may not take them. Every
     * language with fixed texts may be an edition's folder ({@code en/}, or {@code sv/} when the
     * organisation writes in English).
     */
    public static final Set<String> RESERVED_PUBLIC = reserved();
    /** The rules page the tool writes; a content page of this name adds to it. */
    public static final String RULES = "regler";
    /** The accessibility statement the tool writes; a content page of this name adds to it. */
    public static final String ACCESSIBILITY = "tillganglighet";
    /**
     * Content pages whose text is merged into a page the tool writes, in menu order. Every
     * other content page gets a page of its own ({@link #ownPages}).
     */
    public static final List<String> MERGED_PUBLIC = List.of(RULES, ACCESSIBILITY);

    private Layout() {}

    private static Set<String> reserved() {
        Set<String> s = new TreeSet<>(Set.of("kanaler", "assets", "embed", "intern", "internal"));
        s.addAll(Messages.LANGUAGES);
        return Set.copyOf(s);
    }

    /**
     * The languages of the public pages' editions, the root's first: the organisation's
     * language (Swedish when it has no fixed texts of its own), then every further language of
     * {@code languages} that has them. Every edition but the first lives in a folder named by
     * its language.
     */
    public static List<String> editionLanguages(Organisation o) {
        String root = Messages.LANGUAGES.contains(o.language()) ? o.language() : "sv";
        List<String> out = new ArrayList<>(List.of(root));
        for (String l : o.languages()) if (Messages.LANGUAGES.contains(l) && !out.contains(l)) out.add(l);
        return List.copyOf(out);
    }

    public static String channelPage(String id) {
        return "kanaler/" + id + "/";
    }

    public static String chapter(String slug) {
        return "handbok/" + slug + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    /** Does content page {@code d} get a page of its own, rather than being merged into one the tool writes? */
    public static boolean hasOwnPage(Document d) {
        return !MERGED_PUBLIC.contains(d.slug());
    }

    /** The content pages with a page of their own, in menu order (by {@code order}, then name). */
    public static List<Document> ownPages(Register r) {
        return r.pages().stream().filter(Layout::hasOwnPage)
                .sorted(Comparator.comparingInt(Document::order).thenComparing(Document::slug)).toList();
    }

    public static String internalChannelPage(String id) {
        return "register/" + id + "/";
    }

    /**
     * {@code ../} once per folder of {@code dir} ({@code ""} or ending in {@code /}): the way
     * from a page in that folder back to the output's root.
     */
    public static String toRoot(String dir) {
        int depth = 0;
        for (int i = 0; i < dir.length(); i++) if (dir.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** Every path a public page's link may point at. */
    public static Set<String> publicRoutes(Register r) {
        Set<String> s = new TreeSet<>(Set.of("", "kanaler.json", "kanaler.csv", "feed.xml", "sitemap.xml", "robots.txt",
                "dcat.rdf", "verifiering.json", "embed/kanaler.html", "embed/kanaler.css", "schemas/kanaler.schema.json"));
        for (String merged : MERGED_PUBLIC) s.add(page(merged));
        for (Channel c : r.channels()) s.add(channelPage(c.id()));
        for (Document d : r.pages()) s.add(page(d.slug()));
        return s;
    }

    /** Every path a handbook chapter's link may point at. */
    public static Set<String> internalRoutes(Register r) {
        Set<String> s = new TreeSet<>(Set.of("", "handbok/", "register/", "efterlevnad/", "checklista/", "infotexter/", "granskning/",
                "utskrift/"));
        for (RegisterEntry e : r.entries()) s.add(internalChannelPage(e.id()));
        for (Document d : r.guidelines()) s.add(chapter(d.slug()));
        return s;
    }
}
