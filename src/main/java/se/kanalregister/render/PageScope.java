package se.kanalregister.render;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.kanalregister.model.Channel;
import se.kanalregister.render.infotext.ChannelTexts;

/**
 * Which channels a build renders its own pages for, and the info texts it already has.
 *
 * <p>A full build renders every channel. A rebuild in the live preview renders only the
 * channels whose record or findings changed; every other channel's pages stay on disk as
 * the build before wrote them. Pages drawn from the whole register (the directory, the
 * reports, the exports) are always rendered, from texts kept by channel: a {@link Channel}
 * is a value, so an equal record has equal texts as long as the organisation and the
 * templates are the same, which the caller guarantees by starting a new scope when they
 * change. Thread-safe.
 */
public final class PageScope {

    /** Renders a channel's info texts; a template error is a {@link RenderException}. */
    public interface TextRenderer {
        ChannelTexts render(Channel channel) throws IOException;
    }

    private final Set<String> channels;
    private final Map<Channel, ChannelTexts> texts;

    private PageScope(Set<String> channels, Map<Channel, ChannelTexts> texts) {
        this.channels = channels;
        this.texts = texts;
    }

    /** Every channel's pages, with no texts from an earlier build. */
    public static PageScope everything() {
        return new PageScope(null, new ConcurrentHashMap<>());
    }

    /**
     * Only the pages of {@code channels}, with the texts an earlier build of the same
     * organisation and templates kept in {@code texts} (shared, not copied: this build adds to it).
     */
    public static PageScope only(Set<String> channels, Map<Channel, ChannelTexts> texts) {
        return new PageScope(Set.copyOf(channels), texts);
    }

    /** True when this build renders the pages of the channel with this id. */
    public boolean rendersChannel(String id) {
        return channels == null || channels.contains(id);
    }

    /** True for a full build. */
    public boolean isEverything() {
        return channels == null;
    }

    /** The channel's info texts: kept ones when the record is unchanged, else newly rendered and kept. */
    public ChannelTexts texts(Channel channel, TextRenderer renderer) throws IOException {
        ChannelTexts kept = texts.get(channel);
        if (kept != null) return kept;
        ChannelTexts made = renderer.render(channel);
        texts.put(channel, made);
        return made;
    }

    /** The kept texts, for the next build of the same organisation and templates. */
    public Map<Channel, ChannelTexts> keptTexts() {
        return texts;
    }
}
