package se.kanalregister.site.opendata;

import java.time.LocalDate;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.HistoryEntry;

/**
 * The dates the open data may show as "modified" or "updated": taken from the content
 * (started, ended, history), never from the clock, so that two builds of the same content
 * are identical.
 *
 * @param latest   the newest public date of any channel, or null without channels
 * @param earliest the oldest {@code started}, or null without channels
 */
public record ContentDates(LocalDate latest, LocalDate earliest) {

    public static ContentDates of(List<Channel> channels) {
        LocalDate latest = null;
        LocalDate earliest = null;
        for (Channel c : channels) {
            latest = max(latest, c.started());
            latest = max(latest, c.ended());
            for (HistoryEntry h : c.history()) latest = max(latest, h.date());
            if (c.started() != null && (earliest == null || c.started().isBefore(earliest))) earliest = c.started();
        }
        return new ContentDates(latest, earliest);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        if (b == null) return a;
        return a == null || b.isAfter(a) ? b : a;
    }
}
