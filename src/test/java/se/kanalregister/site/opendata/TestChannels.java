package se.kanalregister.site.opendata;

import java.time.LocalDate;
import java.util.List;
import se.kanalregister.model.Accessibility;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Platform;
import se.kanalregister.model.Review;
import se.kanalregister.model.Status;

/** Channels and organisations for unit tests, with plain defaults for every field a test does not care about. */
final class TestChannels {

    private TestChannels() {}

    static Channel active(String id, LocalDate started, HistoryEntry... history) {
        return channel(id, Status.ACTIVE, started, null, history);
    }

    static Channel channel(String id, Status status, LocalDate started, LocalDate ended, HistoryEntry... history) {
        return new Channel(id, "Namn " + id, null, Platform.FACEBOOK, null, "https://www.facebook.com/" + id,
                "@" + id, "Enheten", null, "Syftet med " + id, List.of(), false, List.of("sv"), true, true, Contact.NONE,
                status, started, ended, null, List.of(history), null);
    }

    /** An organisation publishing at https://www.stora.se/kanaler/ in Swedish and English; both arguments may be null. */
    static Organisation organisation(String orgNumber, String email) {
        return organisation(orgNumber, email, null);
    }

    /** As {@link #organisation(String, String)}, with a Geonames id for the area (may be null). */
    static Organisation organisation(String orgNumber, String email, String geonamesId) {
        return new Organisation("Stora kommun", "https://www.stora.se", "https://www.stora.se/kanaler/", "sv",
                List.of("sv", "en"), new Contact(email, "010-100 00 00", null, null, null), null, null, List.of("stora.se"),
                null, null, List.of(), Review.DEFAULT, orgNumber, Accessibility.NONE, Organisation.DEFAULT_TIME_ZONE, geonamesId,
                List.of());
    }

    static HistoryEntry history(String date, String text) {
        return new HistoryEntry(LocalDate.parse(date), text);
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
