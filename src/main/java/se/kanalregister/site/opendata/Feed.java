package se.kanalregister.site.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.text.Messages;

/**
 * feed.xml: the register's events as an Atom feed (RFC 4287), newest first, in the
 * organisation's language. Entry ids are {@code tag:} URIs from the base URL's host and
 * path, the channel id and the event; every date comes from the content.
 */
final class Feed {

    static final String FILE = "feed.xml";

    private final Organisation organisation;
    private final SiteAddress address;
    private final Messages messages;

    Feed(Organisation organisation, SiteAddress address, Messages messages) {
        this.organisation = organisation;
        this.address = address;
        this.messages = messages;
    }

    FeedView view(List<Channel> channels) {
        List<FeedEvent> events = FeedEvents.of(channels);
        List<FeedView.Entry> entries = new ArrayList<>(events.size());
        for (FeedEvent e : events) entries.add(entry(e));
        String updated = events.isEmpty() ? null : timestamp(events.get(0).date());
        return new FeedView(messages.language(), address.absolute(FILE),
                messages.format("opendata.feed.title", organisation.name()), messages.get("opendata.feed.subtitle"),
                updated, address.absolute(FILE), address.absolute(""), organisation.name(),
                organisation.website(), entries);
    }

    private FeedView.Entry entry(FeedEvent e) {
        Channel c = e.channel();
        String kind = e.kind().id();
        return new FeedView.Entry(address.tag(e.date(), e.specific()),
                messages.format("opendata.feed." + kind, c.name(), c.platformDisplayName()), timestamp(e.date()),
                address.absolute(Layout.channelPage(c.id())), kind, messages.get("opendata.feed.category." + kind),
                summary(e));
    }

    private String summary(FeedEvent e) {
        Channel c = e.channel();
        return switch (e.kind()) {
            case STARTED -> c.purpose();
            case HISTORY -> e.text();
            case CLOSED, TRANSFERRED -> {
                String s = messages.format("opendata.feed." + e.kind().id() + ".summary", organisation.name());
                yield c.successor() == null ? s : s + " " + messages.format("opendata.feed.successor", c.successor());
            }
        };
    }

    /** A content date as an Atom date: midnight UTC, the same day in Sweden. */
    static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
