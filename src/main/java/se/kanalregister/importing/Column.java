package se.kanalregister.importing;

import java.util.List;
import se.kanalregister.text.Slugs;

/**
 * The columns an import understands, with the headings people give them in Swedish and
 * English. A heading is compared in its slug form, so case, å/ä/ö written as a/a/o,
 * spaces, hyphens and a trailing colon or asterisk do not matter.
 */
enum Column {
    NAME("kanal", "namn", "kanalnamn", "kanalens-namn", "konto", "kontonamn", "name", "channel", "channel-name",
            "account", "account-name"),
    PLATFORM("plattform", "platform", "tjanst", "medium", "kanaltyp", "service", "social-media"),
    URL("adress", "lank", "url", "webbadress", "lank-till-kanalen", "kanalens-adress", "address", "link", "web-address",
            "webbplats"),
    HANDLE("anvandarnamn", "handle", "username", "user-name", "kontots-namn"),
    UNIT("enhet", "forvaltning", "avdelning", "verksamhet", "ansvarig-enhet", "ansvarig-forvaltning", "organisation",
            "unit", "department", "responsible-unit"),
    PURPOSE("syfte", "beskrivning", "om-kanalen", "purpose", "description", "about"),
    STARTED("startdatum", "start", "startad", "startade", "skapad", "skapades", "started", "start-date", "created"),
    ENDED("slutdatum", "avslutad", "avslutades", "ended", "end-date", "closed"),
    STATUS("status", "aktiv", "state", "active"),
    PERSON("kontaktperson", "ansvarig", "ansvarig-person", "kanalansvarig", "agare", "kanalagare", "redaktor",
            "contact", "contact-person", "owner", "responsible", "kontakt"),
    EMAIL("e-post", "epost", "mejl", "mail", "e-postadress", "email", "e-mail"),
    PHONE("telefon", "telefonnummer", "tel", "phone", "telephone");

    private final List<String> headings;

    Column(String... headings) {
        this.headings = List.of(headings);
    }

    /** The column a heading names, or null when it is none the import understands. */
    static Column byHeading(String heading) {
        String slug = Slugs.slugify(heading, "");
        for (Column c : values()) if (c.headings.contains(slug)) return c;
        return null;
    }
}
