package se.kanalregister.importing;

import java.util.HashSet;
import java.util.Set;
import se.kanalregister.model.Platform;
import se.kanalregister.text.Slugs;

/**
 * Ids for imported channels as a person would write them: the name and the platform,
 * {@code biblioteket-facebook}. An id that is taken, by a file or earlier in the same
 * import, gets a number ({@code biblioteket-facebook-2}); no file is ever overwritten.
 */
final class ChannelIds {

    private static final int MAX = 64;

    private final ExistingChannels existing;
    private final Set<String> given = new HashSet<>();

    ChannelIds(ExistingChannels existing) {
        this.existing = existing;
    }

    /**
     * @param name     the channel's name, or null: then the account's own name in the address
     * @param platform the platform, or null when not known
     */
    String next(String name, Platform platform, String url) {
        String suffix = platform == null || platform == Platform.OTHER ? "" : platform.id();
        String base = Slugs.slugify(name != null ? name : accountName(url), "kanal");
        if (!suffix.isEmpty() && !base.equals(suffix) && !base.endsWith("-" + suffix)) {
            base = cut(base, MAX - suffix.length() - 1) + "-" + suffix;
        }
        String id = base;
        for (int n = 2; taken(id); n++) id = cut(base, MAX - String.valueOf(n).length() - 1) + "-" + n;
        given.add(id);
        return id;
    }

    private boolean taken(String id) {
        return given.contains(id) || existing.idTaken(id);
    }

    /** The last part of the address's path: {@code …/groups/biblioteket/} gives {@code biblioteket}. */
    private static String accountName(String url) {
        String s = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return s.substring(s.lastIndexOf('/') + 1).replace("@", "");
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        String t = s.substring(0, max);
        while (t.endsWith("-")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
