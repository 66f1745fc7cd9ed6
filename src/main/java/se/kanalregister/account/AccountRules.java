package se.kanalregister.account;

import static se.kanalregister.account.Fold.LOWER;
import static se.kanalregister.account.Fold.LOWER_NO_DOTS;
import static se.kanalregister.account.Fold.NONE;
import static se.kanalregister.account.Rule.account;
import static se.kanalregister.account.Rule.accountByParam;
import static se.kanalregister.account.Rule.notAccount;
import static se.kanalregister.account.Rule.uncheckable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.kanalregister.text.JsonStrings;

/**
 * The platforms' account rules, as data: the one table behind the register's checks, the
 * CLI's {@code verify}, verifiering.json and the page script (which gets it as JSON from
 * {@link #json()}). Sources for each platform, with the dates they were read, are in
 * docs/verification.md. Every account pattern ends in {@code (/.*)?$}: what follows the
 * account (a post, a tab) still belongs to it. An address on a platform that no rule matches
 * is read as a page of its own, kind {@code page}, keyed by its exact path: a form the table
 * does not know is not refused, and only that exact page matches it.
 */
public final class AccountRules {

    /** Bumped when a key's form changes, so that stored keys can be told apart. */
    public static final int VERSION = 1;

    private static final String TAIL = "(/.*)?$";

    /** Kinds of key that a person chooses, so an impostor can choose one that looks alike. */
    public static final List<String> NAME_KINDS =
            List.of("username", "handle", "custom", "user", "company", "school", "showcase", "person", "group");

    public static final List<PlatformRules> PLATFORMS = List.of(
            new PlatformRules("facebook", List.of("facebook.com", "fb.com"),
                    "www|m|web|mobile|mbasic|touch|free|iphone|[a-z]{2}|[a-z]{2}-[a-z]{2}", List.of("fb.me", "fb.watch"), null,
                    List.of(
                            accountByParam("^/(profile|permalink|story)\\.php$", "id", "id"),
                            account("^/people/[^/]+/([0-9]+)" + TAIL, "id", "$1", NONE),
                            account("^/p/[^/]*-([0-9]{5,})" + TAIL, "id", "$1", NONE),
                            account("^/pages/[^/]+/([0-9]+)" + TAIL, "id", "$1", NONE),
                            account("^/pages/category/[^/]+/[^/]*-([0-9]{5,})" + TAIL, "id", "$1", NONE),
                            account("^/pg/([A-Za-z0-9.]{2,80})" + TAIL, "username", "$1", LOWER_NO_DOTS),
                            account("^/groups/([A-Za-z0-9._-]+)" + TAIL, "group", "$1", LOWER),
                            account("^/([0-9]{5,})" + TAIL, "id", "$1", NONE),
                            account("^/[^/]*-([0-9]{8,})" + TAIL, "id", "$1", NONE),
                            uncheckable("^/(share|watch|reel|reels|video\\.php|story|stories)(/.*)?$"),
                            notAccount("^/[A-Za-z0-9_.]+\\.php(/.*)?$"),
                            notAccount("^/(sharer|dialog|login|photo|photos|events|marketplace|gaming|hashtag|search|help"
                                    + "|privacy|policies|policy|settings|notifications|messages|friends|business|ads|pages|legal"
                                    + "|about|plugins|media|bookmarks|saved|fundraisers|donate|jobs|places|public|directory"
                                    + "|recover|signup|home|groups|p|people|pg|live|profile|l|tr|watchparty|feeds|fbid)(/.*)?$"),
                            account("^/([A-Za-z0-9.]{2,80})" + TAIL, "username", "$1", LOWER_NO_DOTS)),
                    List.of(account("^(?=[A-Za-z0-9.]*[A-Za-z])([A-Za-z0-9.]{5,80})$", "username", "$1", LOWER_NO_DOTS))),
            new PlatformRules("instagram", List.of("instagram.com", "instagr.am"), "www|m", List.of(), null,
                    List.of(
                            account("^/_u/([A-Za-z0-9._]{1,50})" + TAIL, "username", "$1", LOWER),
                            notAccount("^/stories/highlights(/.*)?$"),
                            account("^/stories/([A-Za-z0-9._]{1,50})" + TAIL, "username", "$1", LOWER),
                            uncheckable("^/(p|reel|reels|tv|s)(/.*)?$"),
                            notAccount("^/(explore|accounts|direct|about|legal|developer|web|challenge|emails|session"
                                    + "|nametag|stories|privacy|terms|help|ar|directory|create|your_activity)(/.*)?$"),
                            account("^/([A-Za-z0-9._]{1,50})" + TAIL, "username", "$1", LOWER)),
                    List.of(account("^([A-Za-z0-9._]{1,50})$", "username", "$1", LOWER))),
            new PlatformRules("x", List.of("x.com", "twitter.com"), "www|m|mobile", List.of("t.co"), null,
                    List.of(
                            new Rule("^/intent/(user|follow)$", "screen_name", Outcome.ACCOUNT, "username", "{param}", LOWER),
                            notAccount("^/(intent|i|search|hashtag|share|home|explore|notifications|messages|settings|login"
                                    + "|logout|signup|tos|privacy|compose|jobs|download|account|about|en|statuses|status"
                                    + "|lists|topics|communities|rules)(/.*)?$"),
                            account("^/([A-Za-z0-9_]{1,50})" + TAIL, "username", "$1", LOWER)),
                    List.of(account("^([A-Za-z0-9_]{1,50})$", "username", "$1", LOWER))),
            new PlatformRules("youtube", List.of("youtube.com"), "www|m|music", List.of("youtu.be"), null,
                    List.of(
                            account("^/@([^/@]+)" + TAIL, "handle", "$1", LOWER),
                            account("^/channel/(UC[A-Za-z0-9_-]{22})" + TAIL, "channel", "$1", NONE),
                            account("^/c/([^/]+)" + TAIL, "custom", "$1", LOWER),
                            account("^/user/([^/]+)" + TAIL, "user", "$1", LOWER),
                            uncheckable("^/(watch|shorts|playlist|live|embed|v|clip|post|attribution_link)(/.*)?$"),
                            notAccount("^/(results|feed|hashtag|redirect|premium|account|about|howyoutubeworks|kids|gaming"
                                    + "|channel|c|user|t|ads|creators|yt|signin|logout|upload|music|playables|podcasts"
                                    + "|source|s|trending|supported_browsers|new)(/.*)?$"),
                            account("^/([A-Za-z0-9_-]+)" + TAIL, "custom", "$1", LOWER)),
                    List.of(account("^([A-Za-z0-9_.-]{3,100})$", "handle", "$1", LOWER))),
            new PlatformRules("linkedin", List.of("linkedin.com"), "www|m|[a-z]{2}", List.of("lnkd.in"), null,
                    List.of(
                            account("^/company/([^/]+)" + TAIL, "company", "$1", LOWER),
                            account("^/school/([^/]+)" + TAIL, "school", "$1", LOWER),
                            account("^/showcase/([^/]+)" + TAIL, "showcase", "$1", LOWER),
                            account("^/in/([^/]+)" + TAIL, "person", "$1", LOWER),
                            account("^/pub/([^/]+)" + TAIL, "person", "$1", LOWER),
                            notAccount("^/(feed|posts|pulse|jobs|search|groups|events|learning|help|legal|signup|login"
                                    + "|newsletters|company|school|showcase|in|pub|home|mynetwork|messaging|notifications)(/.*)?$"),
                            // every LinkedIn account lives under one of the four words above; anything else
                            // (shareArticle, sharing/share-offsite, cws …) is a tool, never an account
                            notAccount("^/.*$")),
                    List.of()),
            new PlatformRules("tiktok", List.of("tiktok.com"), "www|m", List.of("vm.tiktok.com", "vt.tiktok.com"), null,
                    List.of(
                            account("^/@([A-Za-z0-9._]{1,50})" + TAIL, "username", "$1", LOWER),
                            uncheckable("^/(t|v|embed)(/.*)?$"),
                            notAccount("^/[^@/][^/]*(/.*)?$")),
                    List.of(account("^([A-Za-z0-9._]{1,50})$", "username", "$1", LOWER))),
            new PlatformRules("threads", List.of("threads.net", "threads.com"), "www", List.of(), null,
                    List.of(
                            account("^/@([A-Za-z0-9._]{1,50})" + TAIL, "username", "$1", LOWER),
                            notAccount("^/[^@/][^/]*(/.*)?$")),
                    List.of(account("^([A-Za-z0-9._]{1,50})$", "username", "$1", LOWER))),
            new PlatformRules("bluesky", List.of("bsky.app"), "www", List.of(), "bsky.social",
                    List.of(
                            account("^/profile/(did:[a-z0-9]+:[A-Za-z0-9._:%-]+)" + TAIL, "did", "$1", NONE),
                            account("^/profile/([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)" + TAIL, "handle", "$1", LOWER),
                            notAccount("^/[^/]+(/.*)?$")),
                    List.of(
                            account("^(did:[a-z0-9]+:[A-Za-z0-9._:%-]+)$", "did", "$1", NONE),
                            account("^([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$", "handle", "$1", LOWER))),
            new PlatformRules("mastodon", List.of(), "", List.of(), null,
                    List.of(
                            account("^(/web)?/@([A-Za-z0-9_]+)@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)" + TAIL, "user", "$2@$3", LOWER),
                            account("^(/web)?/@([A-Za-z0-9_]+)" + TAIL, "user", "$2@{host}", LOWER),
                            account("^/users/([A-Za-z0-9_]+)" + TAIL, "user", "$1@{host}", LOWER)),
                    List.of(account("^([A-Za-z0-9_]+)@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$", "user", "$1@$2", LOWER))),
            new PlatformRules("flickr", List.of("flickr.com"), "www|m", List.of("flic.kr"), null,
                    List.of(
                            notAccount("^/photos/(tags|search|upload|organize)(/.*)?$"),
                            account("^/photos/([^/]+)" + TAIL, "user", "$1", LOWER),
                            account("^/people/([^/]+)" + TAIL, "user", "$1", LOWER)),
                    List.of(account("^([A-Za-z0-9_-]{3,32})$", "user", "$1", LOWER))),
            new PlatformRules("vimeo", List.of("vimeo.com"), "www|player", List.of(), null,
                    List.of(
                            uncheckable("^/(video/)?[0-9]+(/.*)?$"),
                            notAccount("^/(channels|groups|showcase|album|ondemand|categories|search|watch|blog|features"
                                    + "|upgrade|join|log_in|about|help|manage|settings|video|event|stock|create|solutions"
                                    + "|enterprise|live|professionals)(/.*)?$"),
                            account("^/([A-Za-z0-9_]+)" + TAIL, "user", "$1", LOWER)),
                    List.of(account("^([A-Za-z0-9_]{3,64})$", "user", "$1", LOWER))),
            new PlatformRules("snapchat", List.of("snapchat.com"), "www|story", List.of(), null,
                    List.of(
                            account("^/add/([A-Za-z0-9._-]{2,50})" + TAIL, "username", "$1", LOWER),
                            account("^/@([A-Za-z0-9._-]{2,50})" + TAIL, "username", "$1", LOWER),
                            uncheckable("^/(t|spotlight)(/.*)?$")),
                    List.of(account("^([A-Za-z][A-Za-z0-9._-]{1,49})$", "username", "$1", LOWER))),
            new PlatformRules("discord", List.of("discord.gg", "discord.com"), "www", List.of(), null,
                    List.of(
                            account("^/invite/([A-Za-z0-9-]+)" + TAIL, "invite", "$1", NONE),
                            notAccount("^/(channels|app|login|register|download|developers|safety|terms|privacy|company"
                                    + "|servers|nitro|blog|users|api)(/.*)?$"),
                            account("^/([A-Za-z0-9-]+)" + TAIL, "invite", "$1", NONE)),
                    List.of()));

    /**
     * Letters and digits that look like another, after lower-casing (a hand-made subset of
     * Unicode's confusables.txt, UTS #39, for the Latin, Cyrillic and Greek letters and the
     * digits that impostors use in account names and hosts).
     */
    public static final Map<String, String> CONFUSABLES = confusables(
            "0o", "1l", "il", "|l", "3e", "4a", "5s", "7t", "8b", "9g", "$s", "@a",
            "аa", "бb", "вb", "еe", "ёe", "һh", "іi", "їi", "јj", "кk", "ӏl", "мm", "нh", "оo", "рp", "сc",
            "тt", "уy", "хx", "ѕs", "ԁd", "ԛq", "ԝw", "үy", "ɑa", "ɡg", "ıl", "ł l", "ĸk",
            "αa", "βb", "γy", "εe", "ηn", "ιl", "κk", "νv", "οo", "ρp", "τt", "υu", "χx", "ωw", "ϲc", "ϳj");

    /**
     * Words impostors add before or after an official name ({@code kultur.official},
     * {@code realkultur}); besides these, any addition of up to three characters ({@code _1}, {@code hq}).
     */
    public static final List<String> AFFIXES = List.of("official", "offical", "officiel", "officiell", "officiellt",
            "real", "the", "team", "info", "support", "help", "admin", "sverige", "sweden", "news", "nyheter", "live",
            "kommun", "page", "sida", "konto", "account");

    /** Separators that do not make a name look different. */
    public static final String SEPARATORS = "._- ";

    private AccountRules() {}

    private static Map<String, String> confusables(String... pairs) {
        Map<String, String> map = new TreeMap<>();
        for (String p : pairs) {
            String s = p.replace(" ", "");
            map.put(s.substring(0, 1), s.substring(1));
        }
        return Map.copyOf(map);
    }

    /**
     * Every host a channel of {@code platform} may have: its domains, short-link hosts and handle
     * domain; empty when any host is fine (blogs, podcasts, other channels, Mastodon).
     */
    public static List<String> hosts(String platform) {
        PlatformRules p = of(platform);
        if (p == null || p.domains().isEmpty()) return List.of();
        List<String> out = new ArrayList<>(p.domains());
        out.addAll(p.shortHosts());
        if (p.handleDomain() != null) out.add(p.handleDomain());
        return List.copyOf(out);
    }

    /** True for one of {@link #hosts} or a subdomain of one; always true when any host is fine. */
    public static boolean ownsHost(String platform, String host) {
        List<String> hosts = hosts(platform);
        if (hosts.isEmpty()) return true;
        String h = host.toLowerCase(Locale.ROOT);
        for (String d : hosts) if (h.equals(d) || h.endsWith("." + d)) return true;
        return false;
    }

    /** The rules for a platform id, or null when the table has none (blog, podcast, other). */
    public static PlatformRules of(String platform) {
        for (PlatformRules p : PLATFORMS) if (p.platform().equals(platform)) return p;
        return null;
    }

    private static final String JSON = write();

    /** The whole table as JSON, safe inside an HTML {@code <script>} element and as a file of its own. */
    public static String json() {
        return JSON;
    }

    private static String write() {
        StringBuilder b = new StringBuilder(8192).append("{\"version\":").append(VERSION).append(",\"platforms\":[");
        for (int i = 0; i < PLATFORMS.size(); i++) {
            PlatformRules p = PLATFORMS.get(i);
            if (i > 0) b.append(',');
            b.append("{\"platform\":").append(q(p.platform()))
                    .append(",\"domains\":").append(list(p.domains()))
                    .append(",\"subdomains\":").append(q(p.subdomains()))
                    .append(",\"short_hosts\":").append(list(p.shortHosts()))
                    .append(",\"handle_domain\":").append(p.handleDomain() == null ? "null" : q(p.handleDomain()))
                    .append(",\"paths\":").append(rules(p.paths()))
                    .append(",\"handles\":").append(rules(p.handles())).append('}');
        }
        b.append("],\"name_kinds\":").append(list(NAME_KINDS)).append(",\"separators\":").append(q(SEPARATORS))
                .append(",\"affixes\":").append(list(AFFIXES))
                .append(",\"confusables\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(CONFUSABLES).entrySet()) {
            if (!first) b.append(',');
            first = false;
            b.append(q(e.getKey())).append(':').append(q(e.getValue()));
        }
        return b.append("}}").toString();
    }

    private static String rules(List<Rule> rules) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (i > 0) b.append(',');
            b.append("{\"pattern\":").append(q(r.pattern())).append(",\"outcome\":").append(q(r.outcome().id()));
            if (r.param() != null) b.append(",\"param\":").append(q(r.param()));
            if (r.outcome() == Outcome.ACCOUNT) {
                b.append(",\"kind\":").append(q(r.kind())).append(",\"key\":").append(q(r.key()))
                        .append(",\"fold\":").append(q(r.fold().id()));
            }
            b.append('}');
        }
        return b.append(']').toString();
    }

    private static String list(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) b.append(i > 0 ? "," : "").append(q(values.get(i)));
        return b.append(']').toString();
    }

    private static String q(String s) {
        return JsonStrings.quote(s, JsonStrings.Target.HTML_SCRIPT);
    }
}
