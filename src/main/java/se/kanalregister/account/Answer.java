package se.kanalregister.account;

import java.util.List;
import java.util.Locale;
import se.kanalregister.model.Channel;

/**
 * The answer to "is this account ours?".
 *
 * @param result     one of five
 * @param channels   the channels that answer: those the identity matched (official, closed, transferred),
 *                   or for a name those whose names match it, to compare addresses; empty for not_found
 * @param listed     for not_found: the organisation's active channels on the platform the address is on
 * @param lookalike  for not_found: the channels the account's name or host imitates
 * @param platforms  the platforms where the text matched (or, for not_found, the platforms it names)
 * @param reason     why, for unrecognised ({@code empty}, {@code name}, {@code not-account}, {@code uncheckable})
 *                   and for an imitating host ({@code imitation}); otherwise null
 */
public record Answer(Result result, List<Channel> channels, List<Channel> listed, List<Channel> lookalike,
                     List<String> platforms, String reason) {

    public enum Result {
        OFFICIAL, CLOSED, TRANSFERRED, NOT_FOUND, UNRECOGNISED;

        /** {@code not_found}: the value of data-result and of the JSON's result. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Answer {
        channels = List.copyOf(channels);
        listed = List.copyOf(listed);
        lookalike = List.copyOf(lookalike);
        platforms = List.copyOf(platforms);
    }
}
