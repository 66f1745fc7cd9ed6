package se.kanalregister.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Status;

/**
 * Answers whether an address or handle is one of the register's accounts. The page script's
 * {@code answer} function does the same from the data in the page; the shared case table
 * proves they agree.
 */
public final class Verifier {

    private record Known(Channel channel, List<Identity> identities) {}

    private final List<Known> known;

    /** @param channels every channel of the register, closed and transferred too, in the directory's order */
    public Verifier(List<Channel> channels) {
        List<Known> k = new ArrayList<>(channels.size());
        for (Channel c : channels) k.add(new Known(c, ChannelIdentities.of(c)));
        this.known = List.copyOf(k);
    }

    public Answer answer(String text) {
        Reading r = AccountParser.read(text);
        return switch (r.kind()) {
            case EMPTY -> unrecognised("empty", List.of(), List.of());
            case NAME -> unrecognised("name", byName(text), List.of());
            case NOT_ACCOUNT -> unrecognised("not-account", List.of(), List.of(r.platform()));
            case UNCHECKABLE -> unrecognised("uncheckable", List.of(), List.of(r.platform()));
            case HANDLE, ADDRESS -> lookUp(r);
        };
    }

    private static Answer unrecognised(String reason, List<Channel> channels, List<String> platforms) {
        return new Answer(Answer.Result.UNRECOGNISED, channels, List.of(), List.of(), platforms, reason);
    }

    private Answer lookUp(Reading r) {
        Set<String> keys = new HashSet<>();
        for (Identity id : r.identities()) keys.add(id.id());
        List<Channel> matches = new ArrayList<>();
        Set<String> platforms = new LinkedHashSet<>();
        for (Known k : known) {
            if (k.identities().stream().anyMatch(id -> keys.contains(id.id()))) {
                matches.add(k.channel());
                platforms.add(k.channel().platform().id());
            }
        }
        if (!matches.isEmpty()) {
            List<Channel> active = matches.stream().filter(Channel::isActive).toList();
            if (!active.isEmpty()) return new Answer(Answer.Result.OFFICIAL, active, List.of(), List.of(), List.copyOf(platforms), null);
            Answer.Result result = matches.get(0).status() == Status.TRANSFERRED ? Answer.Result.TRANSFERRED : Answer.Result.CLOSED;
            return new Answer(result, matches, List.of(), List.of(), List.copyOf(platforms), null);
        }
        Set<String> named = new LinkedHashSet<>();
        if (r.imitates() != null) named.add(r.imitates());
        for (Identity id : r.identities()) if (!id.platform().equals("web")) named.add(id.platform());
        List<Channel> listed = new ArrayList<>();
        if (r.kind() == Reading.Kind.ADDRESS) {
            for (Known k : known) {
                if (k.channel().isActive() && named.contains(k.channel().platform().id())) {
                    listed.add(k.channel());
                }
            }
        }
        return new Answer(Answer.Result.NOT_FOUND, List.of(), listed, lookalikes(r), List.copyOf(named),
                r.imitates() != null ? "imitation" : null);
    }

    /** The channels whose account names the looked-up account's name resembles, on the same platform. */
    private List<Channel> lookalikes(Reading r) {
        List<Identity> candidates = new ArrayList<>();
        for (Identity id : r.identities()) if (AccountRules.NAME_KINDS.contains(id.kind())) candidates.add(id);
        if (r.imitates() != null) {
            String first = firstFolder(r.identities().get(r.identities().size() - 1).key());
            if (!first.isEmpty()) candidates.add(new Identity(r.imitates(), "username", first));
        }
        List<Channel> out = new ArrayList<>();
        for (Known k : known) {
            boolean like = false;
            for (Identity own : k.identities()) {
                if (!AccountRules.NAME_KINDS.contains(own.kind())) continue;
                for (Identity c : candidates) {
                    if (c.platform().equals(own.platform()) && Lookalikes.resembles(namePart(c), namePart(own))) like = true;
                }
            }
            if (like) out.add(k.channel());
        }
        return out;
    }

    /**
     * The part of a key a person chose: {@code kultur@mastodon.social} → {@code kultur} (an impostor
     * may take the same name on another server), {@code kultur.bsky.social} → {@code kultur}.
     */
    static String namePart(Identity id) {
        String key = id.key();
        int at = key.indexOf('@');
        if (at > 0) return key.substring(0, at);
        PlatformRules rules = AccountRules.of(id.platform());
        String domain = rules == null || rules.handleDomain() == null ? null : "." + rules.handleDomain();
        return domain != null && key.endsWith(domain) && key.length() > domain.length()
                ? key.substring(0, key.length() - domain.length()) : key;
    }

    /** {@code evil.example/@kultur/x} → {@code kultur}. */
    static String firstFolder(String exactAddress) {
        int slash = exactAddress.indexOf('/');
        if (slash < 0) return "";
        String path = exactAddress.substring(slash + 1);
        int end = 0;
        while (end < path.length() && "/?".indexOf(path.charAt(end)) < 0) end++;
        String folder = path.substring(0, end);
        return folder.startsWith("@") ? folder.substring(1) : folder;
    }

    /** Channels whose name contains the typed words, or whose name the typed words contain. */
    private List<Channel> byName(String text) {
        String q = words(text);
        List<Channel> out = new ArrayList<>();
        if (q.length() < 3) return out;
        for (Known k : known) {
            String name = words(k.channel().name());
            if (!name.isEmpty() && (name.contains(q) || q.contains(name))) out.add(k.channel());
        }
        return out;
    }

    /** Lower case, blanks collapsed to one space: as the page script compares names. */
    static String words(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (AccountParser.blank(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
