package se.kanalregister.site;

import java.util.List;
import se.kanalregister.site.handbook.Handbook;
import se.kanalregister.site.opendata.OpenData;
import se.kanalregister.site.pub.PublicSite;

/** Every part a build writes, in a fixed order. */
final class SiteParts {

    private SiteParts() {}

    /**
     * Every template a build renders, with the layouts they import: parsed ahead, on another
     * thread, while the content is read and checked ({@code SitePartsTest} keeps the list whole).
     */
    static final List<String> TEMPLATES = List.of("layout.ftlh", "public/lib.ftlh", "internal/frame.ftlh",
            "public/channel.ftlh", "public/index.ftlh", "public/page.ftlh", "public/rules.ftlh", "public/accessibility.ftlh",
            "infotext/full.ftl", "infotext/bio.ftl", "infotext/infotexter.ftlh",
            "internal/channel.ftlh", "internal/register.ftlh", "internal/compliance.ftlh", "internal/chapter.ftlh",
            "internal/chapters.ftlh", "internal/checklists.ftlh", "internal/print.ftlh", "internal/start.ftlh",
            "opendata/feed.ftlx", "opendata/dcat.ftlx", "opendata/sitemap.ftlx", "opendata/robots.ftl",
            "opendata/embed.ftlh", "opendata/embed.css.ftl");

    static List<SitePart> all() {
        return List.of(new PublicSite(), new Handbook(), new OpenData());
    }
}
