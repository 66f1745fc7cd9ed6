package se.kanalregister.render.infotext;

/**
 * Tidies a rendered info text so that templates can be written for people, not for
 * whitespace: line ends become {@code \n}, trailing spaces go, runs of blank lines become
 * one, and blank lines at the start and the end go. Spaces at the start of a line stay: an
 * indent in the text is the template's to choose. Linear in the text's length.
 */
final class TextLayout {

    private TextLayout() {}

    /** The full text: paragraphs kept, ending with one line break. */
    static String full(String rendered) {
        return tidy(rendered, true);
    }

    /** A short text: as {@link #full}, without the final line break. */
    static String bio(String rendered) {
        return tidy(rendered, false);
    }

    /**
     * The output is never longer than the input (plus the final line break), so one array holds
     * it. The text is scanned as a char array: a string with a dash in it costs a call per char.
     */
    private static String tidy(String rendered, boolean finalLineBreak) {
        int length = rendered.length();
        char[] in = new char[length];
        rendered.getChars(0, length, in, 0);
        char[] out = new char[length + 1];
        int n = 0;
        boolean pendingBlank = false;
        for (int start = 0; start <= length; ) {
            int end = start;
            while (end < length && in[end] != '\n' && in[end] != '\r') end++;
            int stop = end;
            while (stop > start && Character.isWhitespace(in[stop - 1])) stop--;
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
        return new String(out, 0, n);
    }
}
