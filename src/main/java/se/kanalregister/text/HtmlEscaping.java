package se.kanalregister.text;

/**
 * Escapes text for HTML element content and quoted attribute values, for the few places that
 * write HTML without a template (FreeMarker's HTML output format escapes everywhere else).
 */
public final class HtmlEscaping {

    private HtmlEscaping() {}

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
