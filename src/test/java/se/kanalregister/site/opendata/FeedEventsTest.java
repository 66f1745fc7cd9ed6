package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kanalregister.site.opendata.TestChannels.active;
import static se.kanalregister.site.opendata.TestChannels.channel;
import static se.kanalregister.site.opendata.TestChannels.day;
import static se.kanalregister.site.opendata.TestChannels.history;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Status;

class FeedEventsTest {

    private static List<String> ids(List<Channel> channels) {
        return FeedEvents.of(channels).stream().map(FeedEvent::specific).toList();
    }

    @Test
    void listsEveryKindOfEventNewestFirst() {
        List<Channel> channels = List.of(
                active("a", day("2020-01-01"), history("2021-06-01", "Bytte namn.")),
                channel("b", Status.CLOSED, day("2019-01-01"), day("2022-03-01")),
                channel("c", Status.TRANSFERRED, day("2018-01-01"), day("2023-03-01")));
        assertEquals(List.of("kanaler/c/transferred", "kanaler/b/closed", "kanaler/a/history/2021-06-01",
                "kanaler/a/started", "kanaler/b/started", "kanaler/c/started"), ids(channels));
    }

    @Test
    void onOneDayOrdersByChannelThenLatestEventFirst() {
        List<Channel> channels = List.of(
                channel("b", Status.CLOSED, day("2020-01-01"), day("2020-01-01"), history("2020-01-01", "Sista inlägget.")),
                active("a", day("2020-01-01")));
        assertEquals(List.of("kanaler/a/started", "kanaler/b/closed", "kanaler/b/history/2020-01-01", "kanaler/b/started"),
                ids(channels));
    }

    @Test
    void numbersHistoryEntriesOfOneDateInTheOrderTheyAreWritten() {
        Channel c = active("a", day("2020-01-01"), history("2021-01-01", "Först."), history("2021-01-01", "Sedan."));
        List<FeedEvent> events = FeedEvents.of(List.of(c));
        assertEquals("kanaler/a/history/2021-01-01/2", events.get(0).specific());
        assertEquals("Sedan.", events.get(0).text());
        assertEquals("kanaler/a/history/2021-01-01", events.get(1).specific());
        assertEquals("Först.", events.get(1).text());
    }

    @Test
    void idsStayTheSameWhenAnEntryOfAnotherDateIsAdded() {
        Channel before = active("a", day("2020-01-01"), history("2021-01-01", "X."), history("2022-01-01", "Y."));
        Channel after = active("a", day("2020-01-01"), history("2019-06-01", "Ny."), history("2021-01-01", "X."),
                history("2022-01-01", "Y."));
        assertEquals(ids(List.of(before)), ids(List.of(after)).stream().filter(id -> !id.contains("2019-06-01")).toList());
    }

    @Test
    void aClosedChannelWithoutAnEndDateHasNoClosingEvent() {
        assertEquals(List.of("kanaler/a/started"), ids(List.of(channel("a", Status.CLOSED, day("2020-01-01"), null))));
    }

    @Test
    void givesTheOrderForChannelsInAnyInputOrder() {
        Channel a = active("a", day("2020-01-01"));
        Channel b = active("b", day("2020-01-01"));
        assertEquals(ids(List.of(a, b)), ids(List.of(b, a)));
    }
}
