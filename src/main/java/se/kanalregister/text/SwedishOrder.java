package se.kanalregister.text;

import java.text.CollationKey;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
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

    /**
     * Swedish as written since SAOL 13 (2006): å, ä (also æ), ö (also ø) after z; ü as y; w a
     * letter of its own, after v. The JDK's own Swedish rules changed on that last point between
     * Java 17 (w sorted as v) and 25, which moved "WhatsApp" past "Vimeo" in the directory's
     * platform list; written out here, they are the same on every Java. The root rules they
     * tailor have not changed in any JDK since 1.1.
     */
    static final String SWEDISH = "& Z < a\u030a , A\u030a < a\u0308 , A\u0308 < a\u030b , A\u030b < \u00e6 , \u00c6"
            + " < o\u0308 , O\u0308 < o\u030b , O\u030b ; \u00f8 , \u00d8 & Y , u\u0308 , U\u0308 ; u\u030b , U\u030b";

    private final Collator collator;
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    public SwedishOrder() {
        RuleBasedCollator root = (RuleBasedCollator) Collator.getInstance(Locale.ROOT);
        try {
            RuleBasedCollator c = new RuleBasedCollator(root.getRules() + SWEDISH);
            c.setStrength(Collator.TERTIARY);
            c.setDecomposition(root.getDecomposition());
            this.collator = c;
        } catch (ParseException e) {
            throw new IllegalStateException("the Swedish collation rules are written wrong", e);
        }
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
