package se.kanalregister.site.opendata;

/**
 * Text that XML 1.0 can hold. Escaping (done by the {@code .ftlx} and {@code .ftlh}
 * templates) handles {@code < & " '}, but no escape makes a control character such as
 * U+0001, an unpaired surrogate or U+FFFE legal: a YAML double-quoted {@code "\x01"} would
 * otherwise make feed.xml unreadable. Such characters are dropped.
 */
final class XmlText {

    private XmlText() {}

    /** {@code s} without the characters XML 1.0 forbids; null stays null. */
    static String clean(String s) {
        if (s == null || isClean(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (allowed(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (!allowed(c)) return false;
        }
        return true;
    }

    /** A single UTF-16 unit that XML 1.0 allows on its own (surrogates only come in pairs). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
