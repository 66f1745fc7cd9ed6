package se.kanalregister.account;

import java.util.Locale;

/** What an address that matches a {@link Rule} is. */
public enum Outcome {
    /** The address names an account (its own page, or a post or sub-page under it). */
    ACCOUNT,
    /** On the platform, but no account's address: a share link, a search page, a post without its account. */
    NOT_ACCOUNT,
    /** A short link or a video address whose account only the platform can tell, over the network. */
    UNCHECKABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
