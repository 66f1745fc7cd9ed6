package se.kanalregister.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import se.kanalregister.text.Hosts;

/**
 * The register's rules for web addresses: absolute {@code https://}, a host that parses
 * (international names allowed), no user info ({@code https://facebook.com@evil.example}
 * points at evil.example), and no spaces, control, bidirectional or zero-width characters
 * that make an address look like another.
 */
public final class Urls {

    private Urls() {}

    /** @return the message key of what is wrong with {@code url}, or null when it is fine */
    public static String problem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return "url.whitespace";
            if (Character.isISOControl(c) || isInvisible(c)) return "url.invisible";
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) return "url.http";
        if (!lower.startsWith("https://")) return "url.not-https";
        String authority = Hosts.authority(url);
        if (authority.contains("@")) return "url.userinfo";
        String host = Hosts.ascii(url);
        if (host == null) return "url.bad-host";
        try {
            new URI("https://" + host + url.substring("https://".length() + authority.length()).replace("%", "%25"));
        } catch (URISyntaxException e) {
            return "url.malformed";
        }
        return null;
    }

    /** Bidirectional controls and zero-width characters: they make text display as something else. */
    public static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }
}
