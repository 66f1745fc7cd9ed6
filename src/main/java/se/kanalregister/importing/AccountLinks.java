package se.kanalregister.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.kanalregister.model.Platform;

/**
 * Tells an account's address from every other link to a platform: share buttons
 * ({@code sharer.php}, {@code intent/tweet}, {@code shareArticle}), help and policy pages,
 * single posts and videos. An account address is a platform's own host (or {@code www.},
 * {@code m.}, a country subdomain) with one of the path shapes the platform gives accounts.
 */
final class AccountLinks {

    /** Path shapes of an account, per platform; the path is lower case, without a trailing slash. */
    private static final Map<Platform, List<Pattern>> ACCOUNT_PATHS = Map.ofEntries(
            Map.entry(Platform.FACEBOOK, patterns("/[\\w.\\-]{3,}", "/groups/[\\w.\\-]+", "/pages/[^/]+/\\d+",
                    "/profile\\.php")),
            Map.entry(Platform.INSTAGRAM, patterns("/[\\w.]+")),
            Map.entry(Platform.X, patterns("/\\w{1,15}")),
            Map.entry(Platform.YOUTUBE, patterns("/@[\\w.\\-]+", "/channel/[\\w\\-]+", "/c/[^/]+", "/user/[^/]+")),
            Map.entry(Platform.LINKEDIN, patterns("/company/[^/]+", "/school/[^/]+", "/showcase/[^/]+", "/in/[^/]+")),
            Map.entry(Platform.TIKTOK, patterns("/@[\\w.]+")),
            Map.entry(Platform.THREADS, patterns("/@[\\w.]+")),
            Map.entry(Platform.BLUESKY, patterns("/profile/[^/]+")),
            Map.entry(Platform.FLICKR, patterns("/photos/[^/]+", "/people/[^/]+")),
            Map.entry(Platform.VIMEO, patterns("/(?!\\d+$)[\\w\\-]+", "/channels/[\\w\\-]+")),
            Map.entry(Platform.SNAPCHAT, patterns("/add/[\\w.\\-]+")));

    /** First path segments that are the platform's own pages or buttons, never an account. */
    private static final Map<Platform, Set<String>> RESERVED = Map.of(
            Platform.FACEBOOK, Set.of("sharer.php", "sharer", "share", "share.php", "dialog", "plugins", "watch",
                    "events", "photo.php", "photo", "photos", "permalink.php", "story.php", "hashtag", "help",
                    "policies", "policy.php", "privacy", "login", "login.php", "home.php", "marketplace", "gaming",
                    "business", "ads", "legal", "terms", "settings", "notifications", "messages", "search", "reel",
                    "reels", "stories", "l.php", "tr", "video.php", "media", "fundraisers", "about", "pg"),
            Platform.INSTAGRAM, Set.of("p", "reel", "reels", "stories", "explore", "accounts", "about", "developer",
                    "legal", "direct", "tv", "web", "privacy", "terms"),
            Platform.X, Set.of("intent", "share", "home", "search", "hashtag", "i", "explore", "settings", "messages",
                    "notifications", "login", "signup", "tos", "privacy", "compose", "rules", "en", "download"),
            Platform.VIMEO, Set.of("ondemand", "help", "features", "upload", "log_in", "join", "watch", "blog",
                    "search", "terms", "privacy", "cookie_policy", "categories", "about", "solutions", "enterprise"));

    /** Subdomains that are the platform's own help, business or developer sites. */
    private static final Pattern ACCOUNT_SUBDOMAIN = Pattern.compile("(www|m|mobile|web|[a-z]{2}(-[a-z]{2})?)");

    /** A tab of a YouTube channel's page ({@code /@kultur/videos}): the channel itself, shown another way. */
    private static final Pattern YOUTUBE_TAB = Pattern.compile(
            "(?i)(https?://[^/]+/(@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+))/(videos|featured|about|playlists|shorts|streams|community)/?([?#].*)?");

    private AccountLinks() {}

    /** The account's own address: {@code href} without a YouTube channel tab. */
    static String accountAddress(String href) {
        String h = href.strip();
        if (h.startsWith("//")) h = "https:" + h;
        java.util.regex.Matcher tab = YOUTUBE_TAB.matcher(h);
        return tab.matches() ? tab.group(1) : h;
    }

    /** The platform of an account address, or null when {@code href} is any other link. */
    static Platform accountPlatform(String href) {
        URI uri = parse(accountAddress(href));
        if (uri == null || uri.getHost() == null) return null;
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) return null;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Platform platform = platformOfHost(host);
        if (platform == null || !ACCOUNT_PATHS.containsKey(platform)) return null;
        if (!isAccountHost(platform, host)) return null;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        if (path.isEmpty()) return null; // the platform's front page
        String first = path.substring(1).split("/", 2)[0];
        if (RESERVED.getOrDefault(platform, Set.of()).contains(first)) return null;
        if (platform == Platform.FACEBOOK && path.equals("/profile.php")
                && (uri.getRawQuery() == null || !uri.getRawQuery().matches("(.*&)?id=\\d+(&.*)?"))) {
            return null;
        }
        for (Pattern p : ACCOUNT_PATHS.get(platform)) if (p.matcher(path).matches()) return platform;
        return null;
    }

    /** The platform that owns {@code host} (or a subdomain of it), or null; platforms on any host are never matched. */
    static Platform platformOfHost(String host) {
        for (Platform p : Platform.values()) {
            if (!p.domains().isEmpty() && p.ownsHost(host)) return p;
        }
        return null;
    }

    /** The platform's domain itself, or www., m. or a country subdomain of it ({@code se.linkedin.com}). */
    private static boolean isAccountHost(Platform platform, String host) {
        for (String d : platform.domains()) {
            if (host.equals(d)) return true;
            if (host.endsWith("." + d)) return ACCOUNT_SUBDOMAIN.matcher(host.substring(0, host.length() - d.length() - 1)).matches();
        }
        return false;
    }

    private static URI parse(String href) {
        try {
            return new URI(href.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
