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
        String[] lines = rendered.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(rendered.length());
        boolean pendingBlank = false;
        for (String line : lines) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) out.append(pendingBlank ? "\n\n" : "\n");
            out.append(l);
            pendingBlank = false;
        }
        return out.toString();
    }
}
