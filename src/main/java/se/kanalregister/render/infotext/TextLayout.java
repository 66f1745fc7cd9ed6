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
        String t = tidy(rendered);
        return t.isEmpty() ? t : t + "\n";
    }

    /** A short text: as {@link #full}, without the final line break. */
    static String bio(String rendered) {
        return tidy(rendered);
    }

    private static String tidy(String rendered) {
        String text = rendered.indexOf('\r') < 0 ? rendered : rendered.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingBlank = false;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (stop == start) {
                pendingBlank = out.length() > 0;
            } else {
                if (out.length() > 0) out.append(pendingBlank ? "\n\n" : "\n");
                out.append(text, start, stop);
                pendingBlank = false;
            }
            start = end + 1;
        }
        return out.toString();
    }
}
