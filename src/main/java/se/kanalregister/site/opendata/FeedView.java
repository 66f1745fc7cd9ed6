package se.kanalregister.site.opendata;

import java.util.List;

/**
 * What templates/opendata/feed.ftlx needs: an Atom feed with every text ready to print.
 * Dates are RFC 3339 ({@code 2026-11-20T00:00:00Z}). Every text is XML-safe: the loader
 * refuses characters XML cannot hold.
 *
 * @param updated the newest entry's date, or null when no event has a date (every channel's
 *                start unknown, no history): RFC 4287 wants one, but a made-up date would be
 *                published as a fact, and the register never does that
 */
public record FeedView(String lang, String id, String title, String subtitle, String updated, String selfUrl,
                       String siteUrl, String authorName, String authorUri, List<Entry> entries) {

    public FeedView {
        entries = List.copyOf(entries);
    }

    /** One entry; {@code category} is started, history, closed or transferred. */
    public record Entry(String id, String title, String updated, String link, String category, String categoryLabel,
                        String summary) {}
}
