package se.kanalregister.site.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.Status;

/** Every public event of the register, newest first. */
final class FeedEvents {

    /**
     * Newest date first; on one day, channels in id order, and a channel's events latest
     * first (closed after its history, history after started), so the order never depends on
     * input order.
     */
    static final Comparator<FeedEvent> NEWEST_FIRST = Comparator.comparing(FeedEvent::date, Comparator.reverseOrder())
            .thenComparing(e -> e.channel().id())
            .thenComparing(FeedEvent::kind, Comparator.reverseOrder())
            .thenComparing(FeedEvent::ordinal, Comparator.reverseOrder());

    private FeedEvents() {}

    static List<FeedEvent> of(List<Channel> channels) {
        List<FeedEvent> events = new ArrayList<>();
        for (Channel c : channels) add(c, events);
        events.sort(NEWEST_FIRST);
        return events;
    }

    private static void add(Channel c, List<FeedEvent> events) {
        if (c.started() != null) events.add(new FeedEvent(FeedEvent.Kind.STARTED, c.started(), c, 0, null));
        LocalDate previous = null;
        int ordinal = 0;
        for (HistoryEntry h : sortedHistory(c)) {
            ordinal = h.date().equals(previous) ? ordinal + 1 : 1;
            previous = h.date();
            events.add(new FeedEvent(FeedEvent.Kind.HISTORY, h.date(), c, ordinal, h.text()));
        }
        if (c.ended() != null && c.status() == Status.CLOSED) events.add(new FeedEvent(FeedEvent.Kind.CLOSED, c.ended(), c, 0, null));
        if (c.ended() != null && c.status() == Status.TRANSFERRED) {
            events.add(new FeedEvent(FeedEvent.Kind.TRANSFERRED, c.ended(), c, 0, null));
        }
    }

    /** The history by date; entries of one date keep the order they are written in. */
    private static List<HistoryEntry> sortedHistory(Channel c) {
        List<HistoryEntry> h = new ArrayList<>(c.history());
        h.removeIf(e -> e.date() == null);
        h.sort(Comparator.comparing(HistoryEntry::date));
        return h;
    }
}
