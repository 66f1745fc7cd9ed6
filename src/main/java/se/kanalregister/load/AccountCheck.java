package se.kanalregister.load;

import java.util.Locale;
import se.kanalregister.account.AccountParser;
import se.kanalregister.account.AccountRules;
import se.kanalregister.account.ChannelIdentities;
import se.kanalregister.account.Identity;
import se.kanalregister.account.PlatformRules;
import se.kanalregister.account.Reading;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Channel;
import se.kanalregister.text.Hosts;

/**
 * A channel's address and handle against its platform's account rules: an address on a host
 * that only imitates the platform's, an address on the platform that is no account's (a
 * share link, a search page, a short link) or a page under the account are errors. A handle
 * that names another account than the address is a warning: the register format lets
 * {@code handle} be any text, so content written to it must still build; the address then
 * decides, and the handle never makes the channel answer for the other account. An address
 * on an unrelated host stays a compliance warning (the register format's rule), and blogs,
 * podcasts and other channels may live anywhere.
 */
final class AccountCheck {

    private AccountCheck() {}

    static void run(Channel c, SourcePosition urlAt, SourcePosition handleAt, Diagnostics diagnostics) {
        PlatformRules rules = AccountRules.of(c.platform().id());
        if (rules == null) return;
        Reading r = AccountParser.read(c.url());
        String platform = c.platformDisplayName();
        if (r.kind() == Reading.Kind.ADDRESS && r.platform() == null && !rules.domains().isEmpty()) {
            String host = hostOf(c.url());
            if (c.platform().id().equals(r.imitates()) || looksForeign(host)) {
                diagnostics.error(urlAt, "channel.url-imitation", c.url(), platform, host, String.join(", ", rules.domains()));
            }
            return;
        }
        boolean own = c.platform().id().equals(r.platform());
        if (own && r.kind() == Reading.Kind.NOT_ACCOUNT) {
            diagnostics.error(urlAt, "channel.url-not-account", c.url(), platform);
        } else if (own && r.kind() == Reading.Kind.UNCHECKABLE) {
            diagnostics.error(urlAt, "channel.url-uncheckable", c.url(), platform);
        } else if (r.kind() == Reading.Kind.ADDRESS && !r.tail().isEmpty()
                && (own || (rules.domains().isEmpty() && r.identities().get(0).platform().equals(c.platform().id())))) {
            diagnostics.error(urlAt, "channel.url-post", c.url(), withoutTail(c.url(), r.tail()));
        }
        Identity byUrl = ChannelIdentities.ofUrl(c, r);
        Identity byHandle = ChannelIdentities.ofHandle(c);
        if (byUrl != null && byHandle != null && byUrl.platform().equals(byHandle.platform())
                && byUrl.kind().equals(byHandle.kind()) && !byUrl.key().equals(byHandle.key())) {
            diagnostics.warning(handleAt, "channel.handle-mismatch", c.handle(), c.url());
        }
    }

    /** A host with a letter beyond ASCII or a punycode label: on a platform's channel, only an imitation writes one. */
    private static boolean looksForeign(String host) {
        for (int i = 0; i < host.length(); i++) if (host.charAt(i) > 0x7f) return true;
        return host.startsWith("xn--") || host.contains(".xn--");
    }

    /** The host as written (not in punycode: a foreign letter is what gives an imitation away), without user info. */
    private static String hostOf(String url) {
        String authority = Hosts.authority(url);
        return authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code https://x.com/kultur/status/1?s=2} → {@code https://x.com/kultur}. */
    static String withoutTail(String url, String tail) {
        int cut = 0;
        while (cut < url.length() && "?#".indexOf(url.charAt(cut)) < 0) cut++;
        String s = url.substring(0, cut);
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s.endsWith(tail) ? s.substring(0, s.length() - tail.length()) : s;
    }
}
