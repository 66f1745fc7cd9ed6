package se.kanalregister.render.view;

import static se.kanalregister.text.Strings.orEmpty;

import java.util.List;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Organisation;

/**
 * What the shared layout (templates/layout.ftlh) needs of every page.
 *
 * @param lang        the page's language code (html lang)
 * @param title       the page's own title (the h1), without the site name
 * @param siteName    the organisation's name
 * @param root        the relative path from this page to its output's root, e.g. {@code ../../}
 * @param canonical   absolute URL of a public page; empty for internal pages
 * @param description meta description; may be empty
 * @param internal    true for handbook pages: noindex and an "Internt" banner
 * @param nav         the main menu
 * @param footer      the organisation's contact, for the footer
 * @param alternates  the same page in other languages; may be empty
 */
public record PageFrame(String lang, String title, String siteName, String root, String canonical, String description,
                        boolean internal, List<NavItem> nav, FooterView footer, List<NavItem> alternates) {

    public PageFrame {
        nav = List.copyOf(nav);
        alternates = List.copyOf(alternates);
    }

    /** A menu link; {@code current} marks the page the reader is on (aria-current). */
    public record NavItem(String label, String href, boolean current, String lang) {}

    /** The footer's contact details; any component may be empty. */
    public record FooterView(String name, String website, String phone, String phoneUri, String email, String address,
                             String privacyUrl) {

        /** The organisation's name, website, contact and privacy page, as every page's footer shows them. */
        public static FooterView of(Organisation o) {
            Contact c = o.contact();
            return new FooterView(o.name(), o.website(), orEmpty(c.phone()), orEmpty(c.phoneUri()), orEmpty(c.email()),
                    orEmpty(c.address()), orEmpty(o.privacyUrl()));
        }
    }
}
