package se.kanalregister.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kanalregister.account.AccountParser;
import se.kanalregister.account.Reading;
import se.kanalregister.model.Platform;

/**
 * Tells an account's address from every other link to a platform: share buttons
 * ({@code sharer.php}, {@code intent/tweet}, {@code shareArticle}), help and policy pages,
 * single posts and videos. It asks the register's own account rules ({@link AccountParser}),
 * the ones {@code check} and the "Är kontot äkta?" box use, so an import takes in exactly the
 * links the register would accept as a channel's address.
 */
final class AccountLinks {

    /** A tab of a YouTube channel's page ({@code /@kultur/videos}): the channel itself, shown another way. */
    private static final Pattern YOUTUBE_TAB = Pattern.compile(
            "(?i)(https?://[^/]+/(@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+))/(videos|featured|about|playlists|shorts|streams|community)/?([?#].*)?");

    private AccountLinks() {}

    /** The account's own address: {@code href} without a YouTube channel tab. */
    static String accountAddress(String href) {
        String h = href.strip();
        if (h.startsWith("//")) h = "https:" + h;
        Matcher tab = YOUTUBE_TAB.matcher(h);
        return tab.matches() ? tab.group(1) : h;
    }

    /**
     * The platform of an account address, or null when {@code href} is any other link: not on a
     * platform's own host, not an account, or a post or page below an account (a link to one
     * post is not a channel).
     */
    static Platform accountPlatform(String href) {
        String address = accountAddress(href);
        if (!address.regionMatches(true, 0, "http://", 0, 7) && !address.regionMatches(true, 0, "https://", 0, 8)) return null;
        Reading r = AccountParser.read(address);
        if (r.kind() != Reading.Kind.ADDRESS || r.platform() == null || !r.tail().isEmpty()) return null;
        return Platform.byId(r.platform());
    }

    /** The platform whose own host {@code url} is on, or null (another site, or not an address). */
    static Platform platformOfAddress(String url) {
        if (url == null) return null;
        String platform = AccountParser.read(url.strip()).platform();
        return platform == null ? null : Platform.byId(platform);
    }
}
