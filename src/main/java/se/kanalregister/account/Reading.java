package se.kanalregister.account;

import java.util.List;

/**
 * What {@link AccountParser} made of a text.
 *
 * @param kind        what the text is
 * @param identities  the accounts it may name, in order; empty unless {@link Kind#ADDRESS} or {@link Kind#HANDLE}
 * @param platform    optional: the platform whose host the address is on (also for {@link Kind#NOT_ACCOUNT}
 *                    and {@link Kind#UNCHECKABLE}); null for another site
 * @param imitates    optional: the platform whose host this address's host only imitates
 * @param tail        for an address on a platform: what follows the account in the path (a post, a tab), or ""
 */
public record Reading(Kind kind, List<Identity> identities, String platform, String imitates, String tail) {

    public enum Kind {
        /** Nothing was typed. */
        EMPTY,
        /** Words, not an address nor a handle: perhaps a name, which anyone can copy. */
        NAME,
        /** {@code @name} or {@code name@server}: may be an account on any platform whose names look so. */
        HANDLE,
        /** A web address naming an account (or, on another site, the exact page). */
        ADDRESS,
        /** An address on a platform that is not an account's: a share link, a search page, a post without its account. */
        NOT_ACCOUNT,
        /** A short link or a video whose account only the platform can tell. */
        UNCHECKABLE
    }

    public Reading {
        identities = List.copyOf(identities);
    }

    static Reading of(Kind kind) {
        return new Reading(kind, List.of(), null, null, "");
    }
}
