package se.kanalregister.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import se.kanalregister.text.Hex;
import se.kanalregister.text.Hosts;

/**
 * Where the public site is served ({@code base_url}): the one place that makes absolute
 * addresses of its pages, in two forms. {@link #absolute} is for machines (hrefs, sitemap,
 * feeds, RDF): the host in punycode, every other non-ASCII character percent-encoded, so
 * every file names a page by the same URL. {@link #readable} is for people (the info texts,
 * the accessibility statement): {@code base_url} as the organisation wrote it, so an
 * international name reads {@code www.åby.se}, not {@code www.xn--by-xia.se}.
 *
 * @param base     the ASCII base URL, ending in {@code /}
 * @param host     the host in lower-case ASCII, for {@code tag:} URIs
 * @param path     the base URL's path, starting and ending in {@code /}
 * @param written  the base URL as written, ending in {@code /}
 */
public record SiteAddress(String base, String host, String path, String written) {

    /** The address of {@code organisation}'s public site. */
    public static SiteAddress of(Organisation organisation) {
        return parse(organisation.baseUrl());
    }

    /** {@code https://www.exempelbý.se/sociala-medier/} → {@code https://www.xn--exempelb-d4a.se/sociala-medier/}. */
    public static SiteAddress parse(String baseUrl) {
        String host = Hosts.ascii(baseUrl);
        if (host == null) throw new IllegalArgumentException("not a usable base_url: " + baseUrl);
        String authority = Hosts.authority(baseUrl);
        int colon = authority.lastIndexOf(':');
        String port = colon >= 0 ? authority.substring(colon) : "";
        String path = percentEncodeNonAscii(baseUrl.substring(baseUrl.indexOf("://") + 3 + authority.length()));
        if (!path.startsWith("/")) path = "/" + path;
        if (!path.endsWith("/")) path = path + "/";
        String written = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new SiteAddress("https://" + host + port + path, host, path, written);
    }

    /** The URL of {@code relative}, a path of the public output ({@code ""} is the start page), for machines. */
    public String absolute(String relative) {
        return base + relative;
    }

    /** The URL of {@code relative} to show people, international characters as written. */
    public String readable(String relative) {
        return written + relative;
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
