package se.kanalregister.account;

import java.util.Locale;

/** Which differences a platform ignores in a key. */
public enum Fold {
    /** Case matters: YouTube channel ids, Bluesky DIDs, invite codes. */
    NONE,
    /** Case does not matter: most usernames. */
    LOWER,
    /** Neither case nor periods matter: Facebook usernames. */
    LOWER_NO_DOTS;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String apply(String key) {
        return switch (this) {
            case NONE -> key;
            case LOWER -> key.toLowerCase(Locale.ROOT);
            case LOWER_NO_DOTS -> key.toLowerCase(Locale.ROOT).replace(".", "");
        };
    }
}
