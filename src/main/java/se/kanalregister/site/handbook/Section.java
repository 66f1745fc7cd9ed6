package se.kanalregister.site.handbook;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Layout;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.text.Messages;

/** The handbook's main menu, in menu order: each entry's page and the message key of its label. */
public enum Section {
    START("", "hb.nav.start"),
    HANDBOOK("handbok/", "hb.nav.handbook"),
    REGISTER("register/", "hb.nav.register"),
    COMPLIANCE("efterlevnad/", "hb.nav.compliance"),
    CHECKLISTS("checklista/", "hb.nav.checklists"),
    /** Written by the public site's part; the handbook only links to it. */
    INFOTEXTS("infotexter/", "hb.nav.infotexts");

    private final String path;
    private final String labelKey;

    Section(String path, String labelKey) {
        this.path = path;
        this.labelKey = labelKey;
    }

    /** The folder of the section's page, relative to the handbook's root ({@code ""} for the start page). */
    String path() {
        return path;
    }

    String labelKey() {
        return labelKey;
    }

    /** The menu as seen from the page in folder {@code path} ({@code ""} or ending in {@code /}). */
    public static List<PageFrame.NavItem> nav(Messages messages, String path) {
        String root = Layout.toRoot(path);
        List<PageFrame.NavItem> nav = new ArrayList<>();
        for (Section s : values()) {
            nav.add(new PageFrame.NavItem(messages.get(s.labelKey()), root + s.path() + "index.html", s.path().equals(path), ""));
        }
        return nav;
    }
}
