package se.kanalregister.site.pub;

import java.time.LocalDate;
import se.kanalregister.text.Messages;

/**
 * A date for a page: {@code iso} for {@code <time datetime>}, {@code text} as people read it
 * ("31 januari 2025"). Month names come from the bundle, so the output never depends on the
 * machine's locale.
 */
public record DateView(String iso, String text) {

    static DateView of(LocalDate date, Messages messages) {
        if (date == null) return null;
        return new DateView(date.toString(), messages.format("date.long", date.getDayOfMonth(),
                messages.get("date.month." + date.getMonthValue()), String.valueOf(date.getYear())));
    }
}
