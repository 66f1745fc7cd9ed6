package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.view.PageFrame;

/**
 * A channel's page, {@code kanaler/<id>/index.html}: its facts, its history and, for an
 * active channel, its info texts.
 *
 * @param contentLang {@code lang} for content passages; empty when it is the page's
 * @param home        the link back to the directory
 * @param texts       the info texts; null for a closed or transferred channel
 */
public record ChannelPageView(PageFrame frame, String contentLang, String organisation, ChannelView channel,
                              String home, Texts texts) {

    /** The full text and the short texts, each ready to show and copy. */
    public record Texts(TextBlock full, List<ShortGroup> shorts, List<Translated> translations) {
        public Texts {
            shorts = List.copyOf(shorts);
            translations = List.copyOf(translations);
        }
    }

    /** The full text in a language of {@code content/translations/}, with its {@code lang} and the language's name. */
    public record Translated(String lang, String name, TextBlock text) {}

    /**
     * A text with an element id (for its copy button) and its file.
     *
     * @param fileHref the text file, relative to the page
     */
    public record TextBlock(String id, String text, String file, String fileHref) {}

    /**
     * One short text and the platforms it is for (platforms whose fields take the same text
     * share one block).
     *
     * @param own true when the first platform is the channel's own
     */
    public record ShortGroup(String id, String text, int length, boolean own, List<ShortFor> platforms) {
        public ShortGroup {
            platforms = List.copyOf(platforms);
        }

        /** The smallest limit among the platforms: the one the text must fit. */
        public int limit() {
            int min = platforms.isEmpty() ? 0 : Integer.MAX_VALUE;
            for (ShortFor p : platforms) min = Math.min(min, p.limit());
            return min; // templates ask often: no stream per call
        }

        public boolean fits() {
            return length <= limit();
        }
    }

    /** A platform a short text is for, its limit and the text's file for it (both empty when there is none). */
    public record ShortFor(String platform, int limit, String file, String fileHref) {}
}
