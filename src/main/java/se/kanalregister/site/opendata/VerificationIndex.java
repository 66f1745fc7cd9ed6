package se.kanalregister.site.opendata;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kanalregister.account.AccountRules;
import se.kanalregister.account.Identity;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.render.StreamedPage;

/**
 * verifiering.json, the look-up behind the directory's "Är kontot äkta?" box, for other
 * programs: every channel (closed and transferred too, so that an answer can say so) under
 * each of its account identities ({@code facebook:username:kulturiexempelby}), and the rules
 * that turn an address or a handle into such a key. The register refuses two channels with
 * one identity, so a key names one channel. Described in docs/open-data.md; schema in
 * schemas/verifiering.schema.json.
 */
final class VerificationIndex {

    /** 2.0: keyed by account identity instead of a normalised address. */
    static final String SCHEMA_VERSION = "2.0";

    private final SiteAddress address;
    private final RegisterIdentities identities;

    VerificationIndex(SiteAddress address, RegisterIdentities identities) {
        this.address = address;
        this.identities = identities;
    }

    StreamedPage page(List<Channel> channels, String organisationName) {
        Map<String, Channel> byIdentity = new TreeMap<>();
        for (Channel c : channels) {
            for (Identity id : identities.of(c)) byIdentity.putIfAbsent(id.id(), c);
        }
        JsonWriter w = JsonWriter.forScript().beginObject();
        w.name("metadata").beginObject()
                .member("schema_version", SCHEMA_VERSION)
                .name("rules_version").value(AccountRules.VERSION)
                .member("organisation", organisationName)
                .member("register", address.absolute(""))
                .member("modified", ChannelsJson.date(ContentDates.of(channels).latest()))
                .endObject();
        w.name("identities").beginObject();
        for (Map.Entry<String, Channel> e : byIdentity.entrySet()) {
            w.name(e.getKey());
            channel(w, e.getValue());
        }
        w.endObject();
        w.name("rules").raw(AccountRules.json());
        return w.endObject().page();
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
                .member("successor", c.successor())
                .member("page", Layout.channelPage(c.id()))
                .member("page_url", address.absolute(Layout.channelPage(c.id())))
                .endObject();
    }
}
