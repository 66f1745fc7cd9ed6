package se.kanalregister.text;

import java.net.IDN;
import java.util.Locale;

/** The host of a web address, in the one ASCII form that compares and publishes reliably. */
public final class Hosts {

    private Hosts() {}

    /** The host in ASCII (punycode) and lower case, or null when it does not parse. */
    public static String ascii(String url) {
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
        return asciiDomain(host);
    }

    /**
     * A domain name ({@code åby.se}, {@code Bibliotek.ÅBY.se.}) in ASCII (punycode) and lower
     * case, or null when it is no valid name with at least one dot.
     */
    public static String asciiDomain(String domain) {
        String host = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty() || !ascii.contains(".") || ascii.startsWith(".")) return null;
            return ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The part between {@code ://} and the first {@code /}, {@code ?} or {@code #}. */
    public static String authority(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        return url.substring(start, end);
    }
}
