package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;

/**
 * The organisation as schema.org JSON-LD, for the directory page: a
 * {@code GovernmentOrganization} whose {@code sameAs} lists every active channel's address
 * and whose {@code contactPoint} is the organisation's contact. A channel of a company, joint
 * authority or foundation is listed under that body, a {@code subOrganization}, not as the
 * organisation's own account. Built from
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
        for (Channel c : channels) if (c.isActive() && !ownBody(o, c)) w.value(c.url());
        w.endArray();
        w.name("contactPoint");
        contactPoint(w, o);
        subOrganisations(w, o, channels);
        return w.endObject().text();
    }

    /** True when the channel belongs to a company, joint authority or foundation: its accounts are not the organisation's. */
    private static boolean ownBody(Organisation o, Channel c) {
        Authority a = o.authority(c.authority());
        return a != null && a.kind().separateBody();
    }

    /** Each body of its own that runs an active channel, with its accounts as its sameAs. */
    private static void subOrganisations(JsonWriter w, Organisation o, List<Channel> channels) {
        List<Authority> bodies = o.authorities().stream().filter(a -> a.kind().separateBody()
                && channels.stream().anyMatch(c -> c.isActive() && a.id().equals(c.authority()))).toList();
        if (bodies.isEmpty()) return;
        w.name("subOrganization").beginArray();
        for (Authority a : bodies) {
            w.beginObject().member("@type", a.kind() == Authority.Kind.FORBUND ? "GovernmentOrganization" : "Organization")
                    .member("name", a.name());
            if (a.email() != null) w.member("email", a.email());
            w.name("sameAs").beginArray();
            for (Channel c : channels) if (c.isActive() && a.id().equals(c.authority())) w.value(c.url());
            w.endArray().endObject();
        }
        w.endArray();
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
