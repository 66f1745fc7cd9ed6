package se.kanalregister.text;

import java.util.Locale;

/**
 * The scheme of a link destination, read as a browser reads it: tabs and line breaks
 * anywhere are dropped and leading spaces and control characters ignored (so
 * {@code java&#9;script:} is still {@code javascript:}), then RFC 3986's
 * {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}. The Markdown reader (which
 * schemes are allowed) and the link check (which links are relative) both ask here, so
 * no link is both or neither.
 */
public final class LinkScheme {

    private LinkScheme() {}

    /** The scheme in lower case, or {@code ""} when {@code destination} has none (a relative link). */
    public static String of(String destination) {
        int i = 0;
        while (i < destination.length() && (destination.charAt(i) <= 0x20)) i++;
        StringBuilder scheme = new StringBuilder();
        for (; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (c == ':') return scheme.isEmpty() ? "" : scheme.toString().toLowerCase(Locale.ROOT);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean later = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
            if (!letter && !(later && !scheme.isEmpty())) return "";
            scheme.append(c);
        }
        return "";
    }

    /** Does {@code destination} name a scheme, and so lead away from the site's own pages? */
    public static boolean present(String destination) {
        return !of(destination).isEmpty();
    }
}
