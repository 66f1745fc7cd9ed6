package se.kanalregister.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import se.kanalregister.model.Channel;
import se.kanalregister.render.infotext.ChannelTexts;

/**
 * Which channels a build renders its own pages for, and the info texts it already has.
 *
 * <p>A full build renders every channel. A rebuild in the live preview renders only the
 * channels whose record or findings changed; every other channel's pages stay on disk as
 * the build before wrote them. Pages drawn from the whole register (the directory, the
 * info-text list) are always rendered, from each channel's texts as kept by
 * {@link #render}: its short texts only, since the full text, the largest part, is needed
 * only on the channel's own page. A channel's texts are kept with its record and reused only
 * for an equal record; the organisation and the templates must not change while a scope's
 * texts are reused, which the caller guarantees by starting a new scope when they do.
 * Thread-safe.
 */
public final class PageScope {

    /** Renders a channel's info texts; a template error is a {@link se.kanalregister.render.RenderException}. */
    public interface TextRenderer {
        ChannelTexts render(Channel channel) throws IOException;
    }

    /** A channel's texts without the full text, and the record they were made from. */
    private record Kept(Channel channel, ChannelTexts texts) {}

    private final Set<String> channels;
    private final Map<String, Kept> kept;

    private PageScope(Set<String> channels, Map<String, Kept> kept) {
        this.channels = channels;
        this.kept = kept;
    }

    /** Every channel's pages, with no texts from an earlier build. */
    public static PageScope everything() {
        return new PageScope(null, new ConcurrentHashMap<>());
    }

    /**
     * Every channel's pages, with the texts an earlier build kept for {@code channels} (the
     * records as they are now, unchanged since), to be reused by {@link #only}.
     */
    public static PageScope remembering(List<Channel> channels, Map<String, ChannelTexts> texts) {
        Map<String, Kept> kept = new ConcurrentHashMap<>();
        for (Channel c : channels) {
            ChannelTexts t = texts.get(c.id());
            if (t != null) kept.put(c.id(), new Kept(c, t));
        }
        return new PageScope(null, kept);
    }

    /**
     * Only the pages of {@code channels}, reusing the texts {@code earlier} kept (of the same
     * organisation and templates); this scope goes on keeping in the same store.
     */
    public static PageScope only(Set<String> channels, PageScope earlier) {
        return new PageScope(Set.copyOf(channels), earlier.kept);
    }

    /** True when this build renders the pages of the channel with this id. */
    public boolean rendersChannel(String id) {
        return channels == null || channels.contains(id);
    }

    /** True for a full build: every channel's pages. */
    public boolean isEverything() {
        return channels == null;
    }

    /** Renders the channel's texts for its own pages, and keeps their short texts for the lists. */
    public ChannelTexts render(Channel channel, TextRenderer renderer) throws IOException {
        ChannelTexts texts = renderer.render(channel);
        kept.put(channel.id(), new Kept(channel, texts.withoutFullText()));
        return texts;
    }

    /**
     * The channel's texts for a list of channels: the kept ones when its record is unchanged,
     * else rendered now. Their full text is empty.
     */
    public ChannelTexts forList(Channel channel, TextRenderer renderer) throws IOException {
        Kept k = kept.get(channel.id());
        if (k != null && k.channel().equals(channel)) return k.texts();
        return render(channel, renderer).withoutFullText();
    }

    /** The texts kept so far, by channel id, without their full texts. */
    public SortedMap<String, ChannelTexts> keptTexts() {
        SortedMap<String, ChannelTexts> out = new TreeMap<>();
        kept.forEach((id, k) -> out.put(id, k.texts()));
        return out;
    }

    /** Forgets the texts of every channel not in {@code ids}: those edited away since. */
    public void keepOnly(Set<String> ids) {
        kept.keySet().retainAll(ids);
    }
}
