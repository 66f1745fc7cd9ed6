package se.kanalregister.load;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

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
        String authority = authority(url);
        if (authority.contains("@")) return "url.userinfo";
        String host = hostOf(url);
        if (host == null) return "url.bad-host";
        try {
            new URI("https://" + host + url.substring("https://".length() + authority.length()).replace("%", "%25"));
        } catch (URISyntaxException e) {
            return "url.malformed";
        }
        return null;
    }

    /** The host in ASCII (punycode) and lower case, or null when it does not parse. */
    public static String hostOf(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) return null;
        String authority = authority(url);
        if (authority.contains("@")) return null;
        String host = authority;
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!port.chars().allMatch(Character::isDigit) || port.isEmpty() || port.length() > 5) return null;
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty() || !ascii.contains(".") || ascii.startsWith(".")) return null;
            return ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The part between {@code ://} and the first {@code /}, {@code ?} or {@code #}. */
    private static String authority(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        return url.substring(start, end);
    }

    /** Bidirectional controls and zero-width characters: they make text display as something else. */
    public static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }
}
