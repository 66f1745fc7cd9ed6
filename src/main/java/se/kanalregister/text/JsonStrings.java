package se.kanalregister.text;

/**
 * JSON string literals (RFC 8259): the one escaper behind every JSON and script file the tool
 * writes. Always escaped: quotes, backslash, every control character, DEL, U+2028 and U+2029
 * (line breaks to JavaScript) and unpaired surrogates; {@link Target} adds what the place the
 * text goes to needs. Short escapes ({@code \n}, {@code \t} …) where JSON has them, else
 * {@code \}{@code uxxxx}.
 */
public final class JsonStrings {

    /** Where the literal is written. */
    public enum Target {
        /** A JSON file of its own: letters stay readable. */
        FILE,
        /** Inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} escaped too. */
        HTML_SCRIPT,
        /**
         * A script file a browser may read in any encoding (a handbook opened from disk): as
         * {@link #HTML_SCRIPT}, and every character beyond ASCII escaped.
         */
        ASCII_SCRIPT
    }

    private JsonStrings() {}

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s, Target target) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        append(b, s, target);
        return b.toString();
    }

    /** Appends {@code s} as a JSON string literal, quotes included. */
    public static void append(StringBuilder b, String s, Target target) {
        b.append('"');
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(s, i, c, target)) continue;
            b.append(s, copied, i); // the run of plain characters before this one, in one copy
            copied = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> Hex.appendUnicodeEscape(b, c);
            }
        }
        b.append(s, copied, s.length()).append('"');
    }

    private static boolean escaped(String s, int i, char c, Target target) {
        if (c >= 0x20 && c < 0x7F) {
            return c == '"' || c == '\\' || (target != Target.FILE && (c == '<' || c == '>' || c == '&'));
        }
        if (c < 0x20 || c == 0x7F || target == Target.ASCII_SCRIPT || c == '\u2028' || c == '\u2029') return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
