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

    /** The same texts with an empty full text: what a list of every channel needs, at a fraction of the memory. */
    public ChannelTexts withoutFullText() {
        return full.isEmpty() ? this : new ChannelTexts(channelId, "", shorts);
    }

    /** The short text for the channel's own platform, or null when that platform has no bio limit. */
    public ShortText own() {
        return !shorts.isEmpty() && shorts.get(0).own() ? shorts.get(0) : null;
    }
}
