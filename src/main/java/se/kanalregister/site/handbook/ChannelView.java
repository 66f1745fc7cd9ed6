package se.kanalregister.site.handbook;

import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.InternalInfo;

/**
 * One channel as the handbook shows it: the public and internal records as loaded, with
 * their dates and labels ready to print and the channel's compliance findings.
 *
 * @param href     the channel's page, relative to the handbook's root
 * @param platform the platform's name as residents know it
 * @param status   the status in words; {@code channel.status} has the value
 * @param holder   who holds the channel's records and is controller of its personal data, in words
 */
public record ChannelView(String href, Channel channel, InternalInfo internal, String platform, String status,
                   Dates dates, List<HistoryView> history, List<FindingView> findings, String holder) {

    public ChannelView {
        history = List.copyOf(history);
        findings = List.copyOf(findings);
    }

    /**
     * A channel's dates as YYYY-MM-DD, each null when unknown.
     *
     * @param nextSnapshot when the next snapshot is due (active channels with a snapshot only)
     */
    public record Dates(String started, String ended, String approvedOn, String lastSnapshot, String lastActivity,
                 String nextSnapshot) {}

    public record HistoryView(String date, String text) {}

    String id() {
        return channel.id();
    }

    boolean compliant() {
        return findings.isEmpty();
    }
}
