package se.kanalregister.render.infotext;

import java.util.List;

/**
 * One channel's info texts: the full text and a short text for every platform with a bio
 * limit, the channel's own platform first, then in {@link se.kanalregister.model.Platform} order.
 *
 * @param channelId the channel's id
 * @param full      the full text, ending with a line break
 */
public record ChannelTexts(String channelId, String full, List<ShortText> shorts) {

    public ChannelTexts {
        shorts = List.copyOf(shorts);
    }

    /** The short text for the channel's own platform, or null when that platform has no bio limit. */
    public ShortText own() {
        return !shorts.isEmpty() && shorts.get(0).own() ? shorts.get(0) : null;
    }
}
