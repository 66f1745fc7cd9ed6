package se.kanalregister.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an address or a handle by {@link AccountRules}. The page script's interpreter
 * (templates/assets/site.js, {@code readAccount}) does the same, step for step: keep both in
 * step. Never throws for any text.
 */
public final class AccountParser {

    /** Longer texts are no address anyone types; they are read as words. */
    static final int MAX_LENGTH = 2000;

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    /** {@link PlatformRules#subdomains} as full-match patterns, by the expression. */
    private static final Map<String, Pattern> SUBDOMAINS = new ConcurrentHashMap<>();
    /** Every platform's domains, in the table's order, with what {@link #imitates} compares a host with. */
    private static final List<OwnDomain> OWN_DOMAINS = ownDomains();
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(//)?");
    private static final Pattern PORT = Pattern.compile(":[0-9]*$");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    private static final Pattern HANDLE_LABEL = Pattern.compile("[a-z0-9-]+");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private AccountParser() {}

    /** What {@code text} (typed by a resident, or a channel's url or handle) names. */
    public static Reading read(String text) {
        String s = trim(text == null ? "" : text);
        if (s.isEmpty()) return Reading.of(Reading.Kind.EMPTY);
        if (s.length() > MAX_LENGTH || hasBlank(s)) return Reading.of(Reading.Kind.NAME);
        Matcher scheme = SCHEME.matcher(s);
        String rest;
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (scheme.group(2) == null || !(name.equals("http") || name.equals("https"))) return Reading.of(Reading.Kind.NAME);
            rest = s.substring(scheme.end());
        } else if (s.startsWith("//")) {
            rest = s.substring(2);
        } else {
            int slash = s.indexOf('/');
            String first = slash < 0 ? s : s.substring(0, slash);
            if (first.startsWith("@") || (slash < 0 && s.indexOf('@') > 0)) {
                Reading handle = handle(s.startsWith("@") ? s.substring(1) : s);
                if (handle.kind() == Reading.Kind.HANDLE || first.startsWith("@")) return handle;
            }
            if (first.indexOf('.') < 0) return Reading.of(Reading.Kind.NAME);
            rest = s;
        }
        return address(rest);
    }

    /** The identities of a handle written without an address, on every platform whose handles look so. */
    static Reading handle(String body) {
        List<Identity> found = new ArrayList<>();
        for (PlatformRules p : AccountRules.PLATFORMS) {
            for (Rule r : p.handles()) {
                Identity id = apply(p.platform(), r, body, "", "");
                if (id != null) {
                    if (!found.contains(id)) found.add(id);
                    break;
                }
            }
        }
        return found.isEmpty() ? Reading.of(Reading.Kind.NAME) : new Reading(Reading.Kind.HANDLE, found, null, null, "");
    }

    /** The identity of a handle on one platform, or null when the platform has no such handles. */
    public static Identity handleOn(String platform, String handle) {
        PlatformRules p = AccountRules.of(platform);
        if (p == null || handle == null) return null;
        String body = trim(handle);
        if (body.startsWith("@")) body = body.substring(1);
        for (Rule r : p.handles()) {
            Identity id = apply(p.platform(), r, body, "", "");
            if (id != null) return id;
        }
        return null;
    }

    private static Reading address(String rest) {
        int end = indexOfAny(rest, "/?#", 0);
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "" : rest.substring(end);
        int at = authority.lastIndexOf('@');
        String userinfo = at < 0 ? "" : authority.substring(0, at);
        String host = (at < 0 ? authority : authority.substring(at + 1)).toLowerCase(Locale.ROOT);
        Matcher port = PORT.matcher(host);
        if (port.find()) host = host.substring(0, port.start());
        while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.indexOf('.') < 0 || host.startsWith(".") || host.contains("..")) return Reading.of(Reading.Kind.NAME);
        int pathEnd = indexOfAny(tail, "?#", 0);
        String path = pathEnd < 0 ? tail : tail.substring(0, pathEnd);
        if (path.contains("//")) path = REPEATED_SLASHES.matcher(path).replaceAll("/");  // rare: skip the matcher
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String query = "";
        if (pathEnd >= 0 && tail.charAt(pathEnd) == '?') {
            int hash = tail.indexOf('#', pathEnd);
            query = hash < 0 ? tail.substring(pathEnd + 1) : tail.substring(pathEnd + 1, hash);
        }
        for (PlatformRules p : AccountRules.PLATFORMS) {
            if (p.shortHosts().contains(host)) return new Reading(Reading.Kind.UNCHECKABLE, List.of(), p.platform(), null, "");
        }
        for (PlatformRules p : AccountRules.PLATFORMS) {
            if (p.handleDomain() != null && host.endsWith("." + p.handleDomain()) && path.isEmpty()) {
                String sub = host.substring(0, host.length() - p.handleDomain().length() - 1);
                if (HANDLE_LABEL.matcher(sub).matches()) {
                    return new Reading(Reading.Kind.ADDRESS, List.of(new Identity(p.platform(), "handle", host)),
                            p.platform(), null, "");
                }
            }
            String sub = subdomain(host, p.domains());
            if (sub == null) continue;
            if (!sub.isEmpty() && !subdomains(p).matcher(sub).find()) {
                return new Reading(Reading.Kind.NOT_ACCOUNT, List.of(), p.platform(), null, "");
            }
            return onPlatform(p, host, path, query);
        }
        List<Identity> ids = new ArrayList<>();
        String tailOfAccount = "";
        for (PlatformRules p : AccountRules.PLATFORMS) {
            if (!p.domains().isEmpty()) continue;
            for (Rule r : p.paths()) {
                Matcher m = pattern(r.pattern()).matcher(path);
                if (m.find()) {
                    Identity id = identity(p.platform(), r, m, host, "");
                    if (id != null) {
                        ids.add(id);
                        tailOfAccount = lastGroup(m);
                    }
                    break;
                }
            }
        }
        ids.add(new Identity("web", "url", host + path + (query.isEmpty() ? "" : "?" + query)));
        return new Reading(Reading.Kind.ADDRESS, ids, null, imitates(host, userinfo, path), tailOfAccount);
    }

    private static Reading onPlatform(PlatformRules p, String host, String path, String query) {
        for (Rule r : p.paths()) {
            Matcher m = pattern(r.pattern()).matcher(path);
            if (!m.find()) continue;
            String param = "";
            if (r.param() != null) {
                param = param(query, r.param());
                if (param == null) continue;
            }
            return switch (r.outcome()) {
                case NOT_ACCOUNT -> new Reading(Reading.Kind.NOT_ACCOUNT, List.of(), p.platform(), null, "");
                case UNCHECKABLE -> new Reading(Reading.Kind.UNCHECKABLE, List.of(), p.platform(), null, "");
                case ACCOUNT -> {
                    Identity id = identity(p.platform(), r, m, host, param);
                    yield id == null ? new Reading(Reading.Kind.NOT_ACCOUNT, List.of(), p.platform(), null, "")
                            : new Reading(Reading.Kind.ADDRESS, List.of(id), p.platform(), null, lastGroup(m));
                }
            };
        }
        if (path.isEmpty()) return new Reading(Reading.Kind.NOT_ACCOUNT, List.of(), p.platform(), null, "");
        return new Reading(Reading.Kind.ADDRESS, List.of(new Identity(p.platform(), "page", path.substring(1))), p.platform(), null, "");
    }

    /** The part of {@code host} before one of {@code domains} ("" for the domain itself), or null when none is its. */
    static String subdomain(String host, List<String> domains) {
        for (String d : domains) {
            if (host.equals(d)) return "";
            if (host.endsWith("." + d)) return host.substring(0, host.length() - d.length() - 1);
        }
        return null;
    }

    /** The value of a query parameter when it is a plain word or number, else null. */
    private static String param(String query, String name) {
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                String value = pair.substring(eq + 1);
                return PLAIN_VALUE.matcher(value).matches() ? value : null;
            }
        }
        return null;
    }

    private static Identity apply(String platform, Rule r, String text, String host, String param) {
        Matcher m = pattern(r.pattern()).matcher(text);
        return m.find() && r.outcome() == Outcome.ACCOUNT ? identity(platform, r, m, host, param) : null;
    }

    private static Identity identity(String platform, Rule r, Matcher m, String host, String param) {
        StringBuilder key = new StringBuilder();
        String template = r.key();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int g = template.charAt(++i) - '0';
                String v = g <= m.groupCount() ? m.group(g) : null;
                key.append(v == null ? "" : v);
            } else if (template.startsWith("{host}", i)) {
                key.append(host);
                i += 5;
            } else if (template.startsWith("{param}", i)) {
                key.append(param);
                i += 6;
            } else {
                key.append(c);
            }
        }
        String folded = r.fold().apply(key.toString());
        return folded.isEmpty() ? null : new Identity(platform, r.kind(), folded);
    }

    /**
     * One of a platform's domains, prepared for {@link #imitates}, which compares every address's
     * host with all of them.
     *
     * @param nameSkeleton the {@link Lookalikes#skeleton} of the domain's name ({@code facebook} of
     *                     {@code facebook.com}); null for a name shorter than 5 letters, too short to imitate
     */
    private record OwnDomain(String platform, String domain, String nameSkeleton) {}

    private static List<OwnDomain> ownDomains() {
        List<OwnDomain> out = new ArrayList<>();
        for (PlatformRules p : AccountRules.PLATFORMS) {
            for (String d : p.domains()) {
                String own = d.substring(0, d.indexOf('.'));
                out.add(new OwnDomain(p.platform(), d, own.length() >= 5 ? Lookalikes.skeleton(own) : null));
            }
        }
        return List.copyOf(out);
    }

    /** What the rule's closing {@code (/.*)?} matched: the post or tab after the account. */
    private static String lastGroup(Matcher m) {
        if (!m.pattern().pattern().endsWith("(/.*)?$")) return "";
        String v = m.group(m.groupCount());
        return v == null ? "" : v;
    }

    /**
     * The platform whose host {@code host} only pretends to be: the platform's domain inside
     * another domain or before an {@code @}, as the first folder of the path, or a name that
     * looks like the platform's ({@code faceb00k.com}). Null when it imitates none.
     */
    static String imitates(String host, String userinfo, String path) {
        String lowerUser = userinfo.toLowerCase(Locale.ROOT);
        int slash = path.indexOf('/', 1);
        String folder = (slash < 0 ? path : path.substring(0, slash)).toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.");
        String label = labels.length >= 2 ? labels[labels.length - 2] : host;
        String labelSkeleton = Lookalikes.skeleton(label);
        for (OwnDomain o : OWN_DOMAINS) {
            String d = o.domain();
            if (host.startsWith(d + ".") || host.contains("." + d + ".") || lowerUser.contains(d)
                    || folder.equals("/" + d) || folder.equals("/www." + d)) {
                return o.platform();
            }
            if (o.nameSkeleton() != null && (labelSkeleton.contains(o.nameSkeleton())
                    || Lookalikes.skeletonsResemble(labelSkeleton, o.nameSkeleton()))) {
                return o.platform();
            }
        }
        return null;
    }

    /** Trims what the page script's trim removes too: blanks, controls and invisible characters. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) start++;
        while (end > start && blank(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (blank(s.charAt(i))) return true;
        return false;
    }

    static boolean blank(char c) {
        return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200f)
                || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static Pattern subdomains(PlatformRules p) {
        return SUBDOMAINS.computeIfAbsent(p.subdomains(), r -> Pattern.compile("^(" + r + ")$", Pattern.CASE_INSENSITIVE));
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE));
    }
}
