package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;

/**
 * sitemap.xml and robots.txt: the public HTML pages (start page, the English start page
 * when the public pages are also in English, rules, accessibility statement, content pages,
 * every channel's page) as absolute URLs. No {@code lastmod}: the content has no date for
 * most changes, and a guessed date is worse than none.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";

    private Sitemap() {}

    static SitemapView view(Register register, SiteAddress address) {
        List<String> urls = new ArrayList<>();
        for (String path : paths(register)) urls.add(address.absolute(path));
        return new SitemapView(urls, address.absolute(FILE));
    }

    /** The pages' paths, start page first, then in a fixed order. */
    static List<String> paths(Register register) {
        Organisation o = register.organisation();
        List<String> paths = new ArrayList<>();
        paths.add("");
        List<String> editions = Layout.editionLanguages(o);
        for (String l : editions.subList(1, editions.size())) paths.add(l + "/");
        for (String merged : Layout.MERGED_PUBLIC) paths.add(Layout.page(merged));
        // by name, not in menu order: the order the sitemap has always had
        for (Document d : register.pages()) if (Layout.hasOwnPage(d)) paths.add(Layout.page(d.slug()));
        for (Channel c : register.channels()) paths.add(Layout.channelPage(c.id()));
        return paths;
    }
}
