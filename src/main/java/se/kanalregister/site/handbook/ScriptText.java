package se.kanalregister.site.handbook;

/**
 * Text as a JavaScript string literal that is safe in any script file: only ASCII
 * characters, so the file reads the same whatever encoding a browser assumes when the
 * handbook is opened from disk, and no {@code <} that could end a script element.
 */
final class ScriptText {

    private ScriptText() {}

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') {
                        String hex = Integer.toHexString(c);
                        b.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
