package se.kanalregister.account;

import java.util.List;

/**
 * Where one platform lives and how its addresses and handles name accounts.
 *
 * @param platform      the platform's id ({@code facebook}); may be one the register format does not
 *                      list (an {@code other} channel on Discord still has Discord's rules)
 * @param domains       the platform's own domains; empty when accounts live on any server (Mastodon)
 * @param subdomains    the subdomains of {@code domains} that show the same pages ({@code www}, {@code m},
 *                      locale prefixes …), a full-match expression; another subdomain is no account address
 * @param shortHosts    hosts of short links that only the platform can resolve
 * @param handleDomain  optional: a domain whose subdomains are handles in themselves ({@code bsky.social})
 * @param paths         the path rules, first match wins; a path no rule matches is no account address
 * @param handles       the rules for a handle typed without an address, {@code @name}
 */
public record PlatformRules(String platform, List<String> domains, String subdomains, List<String> shortHosts,
                            String handleDomain, List<Rule> paths, List<Rule> handles) {

    public PlatformRules {
        domains = List.copyOf(domains);
        shortHosts = List.copyOf(shortHosts);
        paths = List.copyOf(paths);
        handles = List.copyOf(handles);
    }
}
