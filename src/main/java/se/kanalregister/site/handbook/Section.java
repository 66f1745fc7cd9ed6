package se.kanalregister.site.handbook;

/** The handbook's main menu, in menu order: each entry's page and the message key of its label. */
enum Section {
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
}
