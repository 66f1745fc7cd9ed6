package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.StreamedPage;

/**
 * kanaler.csv: the rows of kanaler.json as a table, one channel per row, the columns named
 * like the JSON fields (nested ones joined with {@code _}). Lists are one field joined
 * with {@code |}; a history entry is its date, a space and its text.
 */
final class ChannelsCsv {

    static final List<String> HEADER = List.of("id", "name", "name_language", "platform", "platform_name", "url",
            "handle", "unit", "responsible", "purpose", "audience", "central", "languages", "comments", "messages",
            "contact_email", "contact_phone", "contact_url", "status", "started", "ended", "successor", "history", "page",
            "authority", "authority_name", "authority_kind");

    private final Organisation organisation;
    private final SiteAddress address;

    ChannelsCsv(Organisation organisation, SiteAddress address) {
        this.organisation = organisation;
        this.address = address;
    }

    StreamedPage page(List<Channel> channels) {
        CsvWriter csv = new CsvWriter(HEADER);
        for (Channel c : channels) csv.row(row(c));
        return csv.page();
    }

    private List<String> row(Channel c) {
        Authority holder = organisation.authority(c.authority());  // the new columns go last, so old readers keep working
        Contact contact = c.contact().orElse(organisation.contact());
        List<String> history = new ArrayList<>(c.history().size());
        for (HistoryEntry h : c.history()) history.add(h.date() + " " + h.text());
        return java.util.Arrays.asList(c.id(), c.name(), c.nameLanguage(), c.platform().id(), c.platformDisplayName(),
                c.url(), c.handle(), c.unit(), c.responsible(), c.purpose(), CsvWriter.joinList(c.audience()),
                String.valueOf(c.central()), CsvWriter.joinList(c.languages()), String.valueOf(c.comments()),
                String.valueOf(c.messages()), contact.email(), contact.phone(), contact.url(), c.status().id(),
                ChannelsJson.date(c.started()), ChannelsJson.date(c.ended()), c.successor(),
                CsvWriter.joinList(history), address.absolute(Layout.channelPage(c.id())),
                c.authority(), holder == null ? null : holder.name(), holder == null ? null : holder.kind().id());
    }
}
