package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.StreamedPage;
import se.kanalregister.text.AccountAddress;

/**
 * verifiering.json, the look-up behind the directory's "Är kontot äkta?" box: every
 * channel (closed and transferred too, so the box can say so) keyed by its address and by
 * its handle, both normalised by {@link AccountAddress} exactly as the box normalises
 * what a resident types. An address names one channel; a handle may be used on several
 * platforms, so it names a list, and a match is only good for the platforms listed.
 * Script-safe, so the text may also be inlined in a page.
 */
final class VerificationIndex {

    static final String SCHEMA_VERSION = "1.0";

    private final SiteAddress address;

    VerificationIndex(SiteAddress address) {
        this.address = address;
    }

    StreamedPage page(List<Channel> channels, String organisationName) {
        Map<String, Channel> byAddress = new TreeMap<>();
        Map<String, List<Channel>> byHandle = new TreeMap<>();
        for (Channel c : channels) {
            byAddress.putIfAbsent(AccountAddress.normalise(c.url()), c);
            if (c.handle() != null && !AccountAddress.normaliseHandle(c.handle()).isEmpty()) {
                byHandle.computeIfAbsent(AccountAddress.normaliseHandle(c.handle()), k -> new ArrayList<>()).add(c);
            }
        }
        JsonWriter w = JsonWriter.forScript().beginObject();
        w.name("metadata").beginObject()
                .member("schema_version", SCHEMA_VERSION)
                .member("organisation", organisationName)
                .member("register", address.absolute(""))
                .member("modified", ChannelsJson.date(ContentDates.of(channels).latest()))
                .endObject();
        w.name("addresses").beginObject();
        for (Map.Entry<String, Channel> e : byAddress.entrySet()) {
            w.name(e.getKey());
            channel(w, e.getValue());
        }
        w.endObject();
        w.name("handles").beginObject();
        for (Map.Entry<String, List<Channel>> e : byHandle.entrySet()) {
            w.name(e.getKey()).beginArray();
            for (Channel c : e.getValue()) channel(w, c);
            w.endArray();
        }
        return w.endObject().endObject().page();
    }

    private void channel(JsonWriter w, Channel c) {
        w.beginObject()
                .member("id", c.id())
                .member("name", c.name())
                .member("platform", c.platform().id())
                .member("platform_name", c.platformDisplayName())
                .member("url", c.url())
                .member("status", c.status().id())
                .member("ended", ChannelsJson.date(c.ended()))
                .member("page", Layout.channelPage(c.id()))
                .member("page_url", address.absolute(Layout.channelPage(c.id())))
                .endObject();
    }
}
