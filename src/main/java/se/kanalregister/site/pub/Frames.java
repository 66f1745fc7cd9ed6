package se.kanalregister.site.pub;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.view.PageFrame.NavItem;
import se.kanalregister.render.view.PageFrame;

/**
 * The shared frame of every public page: the menu (start, rules, the content pages, the
 * accessibility statement, the other languages), the footer, the canonical address and the
 * language alternates. Immutable, thread-safe.
 */
final class Frames {

    static final String HOME = "";
    static final String RULES = Layout.page(Layout.RULES);
    static final String ACCESSIBILITY = Layout.page(Layout.ACCESSIBILITY);

    private final Organisation organisation;
    private final SiteAddress address;
    private final List<Edition> editions;
    private final List<Document> pages;
    private final PageFrame.FooterView footer;

    /** @param pages the content pages that get a page of their own, in menu order */
    Frames(Organisation organisation, List<Edition> editions, List<Document> pages) {
        this.organisation = organisation;
        this.address = SiteAddress.of(organisation);
        this.editions = editions;
        this.pages = pages;
        this.footer = PageFrame.FooterView.of(organisation);
    }

    /**
     * @param page  the page's folder within the edition ({@code ""}, {@code kanaler/x/}, {@code regler/} …)
     * @param title the page's own title (its h1)
     */
    PageFrame frame(Edition e, String page, String title, String description) {
        String dir = e.prefix() + page;
        List<NavItem> nav = new ArrayList<>();
        nav.add(item(e, dir, HOME, e.messages().get("nav.home"), page, ""));
        nav.add(item(e, dir, RULES, e.messages().get("nav.rules"), page, ""));
        for (Document d : pages) nav.add(item(e, dir, Layout.page(d.slug()), d.title(), page, e.contentLang()));
        nav.add(item(e, dir, ACCESSIBILITY, e.messages().get("nav.accessibility"), page, ""));
        List<NavItem> alternates = new ArrayList<>();
        for (Edition other : editions) {
            if (other != e) {
                nav.add(new NavItem(other.messages().get("nav.language"), Links.relative(dir, other.prefix() + page), false,
                        other.lang()));
            }
            if (editions.size() > 1) {
                alternates.add(new NavItem(other.lang(), address.absolute(other.prefix() + page), other == e,
                        other.lang()));
            }
        }
        return new PageFrame(e.lang(), title, organisation.name(), Links.relative(dir, ""),
                address.absolute(dir), description, false, nav, footer, alternates);
    }

    private static NavItem item(Edition e, String dir, String target, String label, String current, String lang) {
        return new NavItem(label, Links.relative(dir, e.prefix() + target), target.equals(current), lang);
    }

}
