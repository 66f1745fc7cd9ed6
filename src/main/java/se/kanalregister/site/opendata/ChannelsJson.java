package se.kanalregister.site.opendata;

import java.util.List;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.model.Status;
import se.kanalregister.render.StreamedPage;

/**
 * kanaler.json: every channel, active or not, with its public fields only, in the shape
 * docs/open-data.md describes ({@code {"$schema": …, "metadata": …, "results": […]}}) and
 * schemas/kanaler.schema.json checks. Built from
 * {@link Channel} and {@link Organisation} alone.
 */
final class ChannelsJson {

    /** The shape's version: the minor number grows when fields are added, the major when any change breaks readers. */
    static final String SCHEMA_VERSION = "1.1";
    static final String LICENSE_ID = "CC0-1.0";
    static final String LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/";

    private final Organisation organisation;
    private final SiteAddress address;

    ChannelsJson(Organisation organisation, SiteAddress address) {
        this.organisation = organisation;
        this.address = address;
    }

    StreamedPage page(List<Channel> channels, String title) {
        JsonWriter w = JsonWriter.plain().beginObject();
        // The published JSON Schema of this shape, beside the file (1.1: new; the editors' convention for naming one).
        w.member("$schema", address.absolute(OpenData.JSON_SCHEMA));
        w.name("metadata");
        metadata(w, channels, title);
        w.name("results").beginArray();
        for (Channel c : channels) channel(w, c);
        return w.endArray().endObject().page();
    }

    private void metadata(JsonWriter w, List<Channel> channels, String title) {
        ContentDates dates = ContentDates.of(channels);
        w.beginObject()
                .member("schema_version", SCHEMA_VERSION)
                .member("title", title)
                .member("language", organisation.language());
        w.name("organisation");
        organisation(w);
        w.name("count").value(channels.size());
        w.name("count_by_status").beginObject();
        for (Status s : Status.values()) w.name(s.id()).value(channels.stream().filter(c -> c.status() == s).count());
        w.endObject();
        w.member("modified", dates.latest() == null ? null : dates.latest().toString());
        w.name("license").beginObject().member("id", LICENSE_ID).member("url", LICENSE_URL).endObject();
        w.member("register", address.absolute(""));
        w.name("files").beginObject();
        for (String file : OpenData.DATA_FILES) w.member(file, address.absolute(file));
        w.endObject().endObject();
    }

    private void organisation(JsonWriter w) {
        w.beginObject()
                .member("name", organisation.name())
                .member("org_number", organisation.orgNumber())
                .member("website", organisation.website());
        w.name("contact").beginObject()
                .member("email", organisation.contact().email())
                .member("phone", organisation.contact().phone())
                .member("address", organisation.contact().address())
                .member("feedback_url", organisation.contact().feedbackUrl())
                .endObject();
        w.endObject();
    }

    /** Who holds the channel's records and is controller of its personal data; null for the organisation itself. */
    private static void authority(JsonWriter w, Authority a) {
        w.name("authority");
        if (a == null) {
            w.value((String) null);
            return;
        }
        w.beginObject().member("id", a.id()).member("name", a.name()).member("kind", a.kind().id())
                .member("email", a.email()).member("phone", a.phone()).member("privacy_url", a.privacyUrl())
                .member("records_url", a.recordsUrl()).endObject();
    }

    private void channel(JsonWriter w, Channel c) {
        Contact contact = c.contact().orElse(organisation.contact());
        w.beginObject()
                .member("id", c.id())
                .member("name", c.name())
                .member("name_language", c.nameLanguage())
                .member("platform", c.platform().id())
                .member("platform_name", c.platformDisplayName())
                .member("url", c.url())
                .member("handle", c.handle())
                .member("unit", c.unit())
                .member("responsible", c.responsible())
                .member("purpose", c.purpose());
        w.name("audience").values(c.audience());
        w.name("central").value(c.central());
        w.name("languages").values(c.languages());
        w.name("comments").value(c.comments());
        w.name("messages").value(c.messages());
        w.name("contact").beginObject()
                .member("email", contact.email())
                .member("phone", contact.phone())
                .member("url", contact.url())
                .endObject();
        w.member("status", c.status().id())
                .member("started", date(c.started()))
                .member("ended", date(c.ended()))
                .member("successor", c.successor());
        w.name("history").beginArray();
        for (HistoryEntry h : c.history()) w.beginObject().member("date", date(h.date())).member("text", h.text()).endObject();
        w.endArray();
        w.member("page", address.absolute(Layout.channelPage(c.id())));
        authority(w, organisation.authority(c.authority()));
        w.endObject();
    }

    static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
