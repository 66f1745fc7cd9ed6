package se.kanalregister.render.infotext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts user-perceived characters (extended grapheme clusters), the unit in which the
 * platforms state their bio limits: 👨‍👩‍👧‍👦, 🇸🇪 and e + a combining accent are one each.
 *
 * <p>Java 17's regex {@code \X} follows the Unicode rules for emoji ZWJ sequences and
 * regional-indicator pairs (flags); {@link java.text.BreakIterator} does not until JDK 20, so
 * it is not used. Linear in the text's length. Thread-safe.
 */
public final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");
    /** The first combining mark: below it, no char joins its neighbour in a cluster. */
    static final char FIRST_JOINING = 0x300;

    private Graphemes() {}

    public static int count(CharSequence text) {
        if (isBelowCombiningMarks(text)) return simpleCount(text);
        Matcher m = CLUSTER.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * Text below U+0300, where the combining marks begin (ASCII, Latin-1, and the Latin letters
     * of Swedish, Sami and Finnish: the common case), has no character that joins a cluster,
     * so it is one cluster per char, except CR LF, which is one. GraphemesTest checks this
     * against {@code \X} for every pair of such chars.
     */
    private static boolean isBelowCombiningMarks(CharSequence text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= FIRST_JOINING) return false;
        return true;
    }

    private static int simpleCount(CharSequence text) {
        int n = text.length();
        for (int i = 1; i < text.length(); i++) if (text.charAt(i) == '\n' && text.charAt(i - 1) == '\r') n--;
        return n;
    }
}
