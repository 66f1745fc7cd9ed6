package se.kanalregister.site.opendata;

import java.time.LocalDate;
import java.util.Locale;
import se.kanalregister.model.Channel;

/**
 * One event in a channel's public life, as a feed entry: started, a history entry, closed
 * or transferred.
 *
 * @param ordinal for history entries, 1 for the first entry of its date, 2 for the second …; 0 otherwise
 * @param text    the history entry's text; null for other kinds
 */
record FeedEvent(Kind kind, LocalDate date, Channel channel, int ordinal, String text) {

    /** The kinds, in the order they happen on one day. */
    enum Kind {
        STARTED, HISTORY, CLOSED, TRANSFERRED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The part of the entry's {@code tag:} URI after the base path. It depends only on the
     * channel, the kind and (for history) the date and the entry's place among that date's
     * entries, so it stays the same when other events are added.
     */
    String specific() {
        String s = "kanaler/" + channel.id() + "/" + kind.id();
        if (kind == Kind.HISTORY) s += "/" + date + (ordinal > 1 ? "/" + ordinal : "");
        return s;
    }
}
