package se.kanalregister.render.infotext;

/**
 * Tidies a rendered info text so that templates can be written for people, not for
 * whitespace: line ends become {@code \n}, trailing spaces go, runs of blank lines become
 * one, and blank lines at the start and the end go. Spaces at the start of a line stay: an
 * indent in the text is the template's to choose. Linear in the text's length.
 *
 * <p>Reads the render's own char buffer ({@link se.kanalregister.render.RenderedChars}), so a
 * text becomes a string once, tidied: each copy between chars and a string is a loop over
 * the text, and with the quick JIT only those copies cost more than the tidying.
 */
final class TextLayout {

    /** A short text and its length in user-perceived characters ({@link Graphemes}). */
    record Measured(String text, int length) {}

    private TextLayout() {}

    /** The full text: paragraphs kept, ending with one line break. */
    static String full(String rendered) {
        return full(rendered.toCharArray(), rendered.length());
    }

    /** A short text: as {@link #full}, without the final line break. */
    static String bio(String rendered) {
        return bio(rendered.toCharArray(), rendered.length()).text();
    }

    /** {@link #full} of the first {@code length} chars of {@code in}. */
    static String full(char[] in, int length) {
        char[] out = new char[length + 1];
        return new String(out, 0, tidy(in, length, out, true));
    }

    /** {@link #bio} of the first {@code length} chars of {@code in}, measured. */
    static Measured bio(char[] in, int length) {
        char[] out = new char[length];
        int n = tidy(in, length, out, false);
        return new Measured(new String(out, 0, n), Graphemes.count(out, n));
    }

    /**
     * Writes the tidied text into {@code out} and returns its length. The output is never
     * longer than the input (plus the final line break), so {@code out} of length + 1 holds it.
     */
    private static int tidy(char[] in, int length, char[] out, boolean finalLineBreak) {
        int n = 0;
        boolean pendingBlank = false;
        for (int start = 0; start <= length; ) {
            int end = start;
            while (end < length && in[end] != '\n' && in[end] != '\r') end++;
            int stop = end;
            while (stop > start && isWhitespace(in[stop - 1])) stop--;
            if (stop == start) {
                pendingBlank = n > 0;
            } else {
                if (n > 0) out[n++] = '\n';
                if (n > 0 && pendingBlank) out[n++] = '\n';
                System.arraycopy(in, start, out, n, stop - start);
                n += stop - start;
                pendingBlank = false;
            }
            if (end + 1 < length && in[end] == '\r' && in[end + 1] == '\n') end++;  // CR LF is one line end
            start = end + 1;
        }
        if (finalLineBreak && n > 0) out[n++] = '\n';
        return n;
    }

    /** {@link Character#isWhitespace}, which is false for every char after the space up to U+1680. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }
}
