package se.kanalregister.render.infotext;

import java.nio.CharBuffer;
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

    private Graphemes() {}

    public static int count(CharSequence text) {
        int length = text.length();
        char[] chars = new char[length];
        if (text instanceof String s) s.getChars(0, length, chars, 0);
        else for (int i = 0; i < length; i++) chars[i] = text.charAt(i);
        return count(chars, length);
    }

    /** The count of the first {@code length} chars of {@code chars}, which it does not change. */
    static int count(char[] chars, int length) {
        int simple = simpleCount(chars, length);
        if (simple >= 0) return simple;
        Matcher m = CLUSTER.matcher(CharBuffer.wrap(chars, 0, length));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * For text of chars that never join a neighbour in a cluster (the common case): one cluster
     * per char, except CR LF, which is one; else -1. GraphemesTest checks every pair of such
     * chars against {@code \X}. Scanned as a char array: charAt on a string with a dash in it
     * costs a call per char.
     */
    private static int simpleCount(char[] chars, int length) {
        int n = length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (!isSimple(c)) return -1;
            if (c == '\n' && i > 0 && chars[i - 1] == '\r') n--;
        }
        return n;
    }

    /**
     * Below U+0300, where the combining marks begin (ASCII, Latin-1, the Latin letters of
     * Swedish, Sami and Finnish), and the general punctuation that texts use (dashes, quotes,
     * bullet, ellipsis; not the zero-width joiners), and the euro sign.
     */
    static boolean isSimple(char c) {
        return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x20AC;
    }
}
