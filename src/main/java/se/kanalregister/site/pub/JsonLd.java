package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;

/**
 * The organisation as schema.org JSON-LD, for the directory page: a
 * {@code GovernmentOrganization} whose {@code sameAs} lists every active channel's address
 * and whose {@code contactPoint} is the organisation's contact. Built from
 * {@link Organisation} and {@link Channel} alone. Thread-safe (stateless).
 */
public final class JsonLd {

    private JsonLd() {}

    /**
     * The JSON-LD text, safe to place as it is inside {@code <script type="application/ld+json">}:
     * {@code <}, {@code >} and {@code &} are written as {@code \}{@code u003c} …, so no value can
     * end the script element. In a FreeMarker {@code .ftlh} template, print it with {@code ?no_esc}.
     */
    public static String organisation(Register register) {
        return organisation(register.organisation(), register.channels());
    }

    static String organisation(Organisation o, List<Channel> channels) {
        JsonWriter w = JsonWriter.forScript().beginObject()
                .member("@context", "https://schema.org")
                .member("@type", "GovernmentOrganization")
                .member("name", o.name())
                .member("url", o.website());
        if (o.orgNumber() != null) {
            w.name("identifier").beginObject()
                    .member("@type", "PropertyValue")
                    .member("propertyID", "organisationsnummer")
                    .member("value", o.orgNumber())
                    .endObject();
        }
        if (o.contact().address() != null) w.member("address", o.contact().address());
        w.name("sameAs").beginArray();
        for (Channel c : channels) if (c.isActive()) w.value(c.url());
        w.endArray();
        w.name("contactPoint");
        contactPoint(w, o);
        return w.endObject().text();
    }

    private static void contactPoint(JsonWriter w, Organisation o) {
        Contact c = o.contact();
        w.beginObject().member("@type", "ContactPoint").member("contactType", "customer service");
        if (c.email() != null) w.member("email", c.email());
        String tel = c.phoneUri();
        if (tel != null) w.member("telephone", tel.substring("tel:".length()));
        if (c.feedbackUrl() != null) w.member("url", c.feedbackUrl());
        w.name("availableLanguage").values(o.languages());
        w.endObject();
    }
}
