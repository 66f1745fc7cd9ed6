package se.kanalregister.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where every page of the two outputs lives, as paths relative to the output's root
 * ({@code ""} is the start page, folders end in {@code /}). Renderers and the link check
 * both ask here, so a Markdown link is checked against the pages that will really exist.
 */
public final class Layout {

    /** Public page names the tool writes itself; a content page may not take them. */
    public static final Set<String> RESERVED_PUBLIC = Set.of("kanaler", "en", "assets", "embed", "intern", "internal");
    /** Content pages whose text is merged into a page the tool writes. */
    public static final Set<String> MERGED_PUBLIC = Set.of("regler", "tillganglighet");

    private Layout() {}

    public static String channelPage(String id) {
        return "kanaler/" + id + "/";
    }

    public static String chapter(String slug) {
        return "handbok/" + slug + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    public static String internalChannelPage(String id) {
        return "register/" + id + "/";
    }

    /** Every path a public page's link may point at. */
    public static Set<String> publicRoutes(Register r) {
        Set<String> s = new TreeSet<>(Set.of("", "regler/", "tillganglighet/", "kanaler.json", "kanaler.csv",
                "feed.xml", "sitemap.xml", "robots.txt", "dcat.rdf", "verifiering.json", "embed/kanaler.html",
                "embed/kanaler.css"));
        for (Channel c : r.channels()) s.add(channelPage(c.id()));
        for (Document d : r.pages()) s.add(page(d.slug()));
        return s;
    }

    /** Every path a handbook chapter's link may point at. */
    public static Set<String> internalRoutes(Register r) {
        Set<String> s = new TreeSet<>(Set.of("", "handbok/", "register/", "efterlevnad/", "checklista/", "infotexter/", "utskrift/"));
        for (RegisterEntry e : r.entries()) s.add(internalChannelPage(e.id()));
        for (Document d : r.guidelines()) s.add(chapter(d.slug()));
        return s;
    }
}
