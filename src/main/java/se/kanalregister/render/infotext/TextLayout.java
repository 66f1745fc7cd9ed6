package se.kanalregister.render.infotext;

/**
 * Tidies a rendered info text so that templates can be written for people, not for
 * whitespace: line ends become {@code \n}, trailing spaces go, runs of blank lines become
 * one, and the text is trimmed. Linear in the text's length.
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

    /** The output is never longer than the input (plus the final line break), so one array holds it. */
    private static String tidy(String rendered, boolean finalLineBreak) {
        String text = rendered.indexOf('\r') < 0 ? rendered : rendered.replace("\r\n", "\n").replace('\r', '\n');
        char[] out = new char[text.length() + 1];
        int n = 0;
        boolean pendingBlank = false;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (stop == start) {
                pendingBlank = n > 0;
            } else {
                if (n > 0) out[n++] = '\n';
                if (n > 0 && pendingBlank) out[n++] = '\n';
                text.getChars(start, stop, out, n);
                n += stop - start;
                pendingBlank = false;
            }
            start = end + 1;
        }
        if (finalLineBreak && n > 0) out[n++] = '\n';
        return new String(out, 0, n);
    }
}
