package se.kanalregister.site.handbook;

/**
 * Text as a JavaScript string literal that is safe in any script file: only ASCII
 * characters, so the file reads the same whatever encoding a browser assumes when the
 * handbook is opened from disk, and no {@code <} that could end a script element.
 */
final class ScriptText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ScriptText() {}

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') continue;
            b.append(s, copied, i); // the run of plain characters before this one, in one copy
            copied = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return b.append(s, copied, s.length()).append('"').toString();
    }
}
