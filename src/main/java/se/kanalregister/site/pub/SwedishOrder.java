package se.kanalregister.site.pub;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order as Swedish readers expect it (å, ä, ö after z; case and accents second),
 * made total by falling back to the plain character order, so that sorting never depends on
 * input order. Thread-safe.
 */
final class SwedishOrder {

    private static final Collator COLLATOR;

    static {
        Collator c = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        c.setStrength(Collator.TERTIARY);
        COLLATOR = c;
    }

    /** Text in Swedish alphabetical order. */
    static final Comparator<String> TEXT = (a, b) -> {
        int c = compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    private SwedishOrder() {}

    private static int compare(String a, String b) {
        synchronized (COLLATOR) {
            return COLLATOR.compare(a, b);
        }
    }
}
