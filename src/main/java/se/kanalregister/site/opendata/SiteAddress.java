package se.kanalregister.site.opendata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import se.kanalregister.load.Urls;
import se.kanalregister.model.Organisation;

/**
 * Where the public site is served ({@code base_url}), in the ASCII form that sitemaps,
 * feeds and RDF need: the host in punycode, every other non-ASCII character
 * percent-encoded. Makes the absolute URLs and the stable {@code tag:} URIs of the open
 * data from it.
 *
 * @param base the base URL, ending in {@code /}
 * @param host the host in lower-case ASCII, for {@code tag:} URIs
 * @param path the base URL's path, starting and ending in {@code /}
 */
public record SiteAddress(String base, String host, String path) {

    /** The address of {@code organisation}'s public site. */
    public static SiteAddress of(Organisation organisation) {
        return parse(organisation.baseUrl());
    }

    /** {@code https://www.exempelbý.se/sociala-medier/} → {@code https://www.xn--exempelb-d4a.se/sociala-medier/}. */
    static SiteAddress parse(String baseUrl) {
        String host = Urls.hostOf(baseUrl);
        if (host == null) throw new IllegalArgumentException("not a usable base_url: " + baseUrl);
        int start = baseUrl.indexOf("://") + 3;
        int end = start;
        while (end < baseUrl.length() && "/?#".indexOf(baseUrl.charAt(end)) < 0) end++;
        String authority = baseUrl.substring(start, end);
        int colon = authority.lastIndexOf(':');
        String port = colon >= 0 ? authority.substring(colon) : "";
        String path = percentEncodeNonAscii(baseUrl.substring(end));
        if (!path.startsWith("/")) path = "/" + path;
        if (!path.endsWith("/")) path = path + "/";
        return new SiteAddress("https://" + host + port + path, host, path);
    }

    /** The absolute URL of {@code relative}, a path of the public output ({@code ""} is the start page). */
    public String absolute(String relative) {
        return base + relative;
    }

    /**
     * A {@code tag:} URI (RFC 4151) that names one thing for good:
     * {@code tag:www.exempelby.se,2019-05-09:/sociala-medier/kanaler/x/started}.
     */
    public String tag(LocalDate date, String specific) {
        return "tag:" + host + "," + date + ":" + path + specific;
    }

    static String percentEncodeNonAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') {
                b.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? i + 2 : i + 1;
            for (byte x : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                Hex.appendPercent(b, x);
            }
            i = end - 1;
        }
        return b.toString();
    }
}
