package se.kanalregister.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alphabetical order as Swedish readers expect it (å, ä, ö after z; case and accents second),
 * made total by falling back to the plain character order, so that sorting never depends on
 * input order. Each instance remembers the collation key of every text it has compared, so a
 * sort computes one key per distinct text instead of one per comparison; a build shares one
 * ({@link se.kanalregister.site.RenderContext#swedishOrder()}), so the directory, the
 * handbook and the open data do not compute the same 10,000 keys again. Thread-safe.
 */
public final class SwedishOrder implements Comparator<String> {

    private final Collator collator;
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    public SwedishOrder() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        c.setStrength(Collator.TERTIARY);
        this.collator = c;
    }

    @Override
    public int compare(String a, String b) {
        int c = key(a).compareTo(key(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private CollationKey key(String s) {
        CollationKey k = keys.get(s);
        if (k == null) {
            synchronized (collator) { // a Collator is not safe for concurrent use
                k = collator.getCollationKey(s);
            }
            keys.put(s, k);
        }
        return k;
    }
}
