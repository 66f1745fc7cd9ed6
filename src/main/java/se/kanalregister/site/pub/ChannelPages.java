package se.kanalregister.site.pub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Translation;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.site.Output;

/**
 * Writes a channel's page in every edition and, for an active channel, its info texts as
 * UTF-8 files beside the root edition's page: {@code info.txt}, and {@code bio.txt} when its
 * own platform has a bio limit. Thread-safe.
 */
final class ChannelPages {

    static final String TEMPLATE = "public/channel.ftlh";
    static final String FULL_FILE = "info.txt";

    private final RenderContext context;
    private final Organisation organisation;
    private final List<Edition> editions;
    private final Frames frames;
    private final List<ChannelViews> views = new ArrayList<>();

    ChannelPages(RenderContext context, Organisation organisation, List<Edition> editions, Frames frames) {
        this.context = context;
        this.organisation = organisation;
        this.editions = editions;
        this.frames = frames;
        for (Edition e : editions) views.add(new ChannelViews(organisation, e, context.identities()));
    }

    /**
     * @param texts        the channel's info texts in each edition's language, in the order of the editions
     * @param translations the languages of the complete translations
     * @param translated   the channel's full text in each of them, in the same order
     */
    void write(Channel channel, List<ChannelTexts> texts, List<Translation> translations, List<String> translated,
               Output out) throws IOException {
        String page = Layout.channelPage(channel.id());
        List<ChannelPageView.Translated> others = new ArrayList<>();
        for (int i = 0; i < translations.size(); i++) {
            String lang = translations.get(i).language();
            String file = "info." + lang + ".txt";  // beside the root's files: a language needs no pages of its own
            out.write(page + file, translated.get(i));
            others.add(new ChannelPageView.Translated(lang, lang, new ChannelPageView.TextBlock("info-" + lang,
                    translated.get(i), file, file)));
        }
        for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            ChannelTexts t = texts.get(i);
            out.write(e.prefix() + page + FULL_FILE, t.full());
            ShortText own = t.own();
            if (own != null) out.write(e.prefix() + page + own.fileName(), own.text() + "\n");
            ChannelView view = views.get(i).of(channel);
            String title = e.messages().format("channel.title", channel.name(), view.platform());
            ChannelPageView model = new ChannelPageView(frames.frame(e, page, title, channel.purpose()), e.contentLang(),
                    organisation.name(), view, Links.relative(page, ""), texts(t, relinked(others, e, Links.relative(e.prefix() + page, page))));
            out.write(e.prefix() + page + "index.html", context.templates().page(TEMPLATE, model, e.messages()));
        }
    }

    /** The translations as an edition shows them: the language named in its words, the files beside the root's page. */
    private static List<ChannelPageView.Translated> relinked(List<ChannelPageView.Translated> others, Edition e, String toRoot) {
        List<ChannelPageView.Translated> out = new ArrayList<>(others.size());
        for (ChannelPageView.Translated t : others) {
            ChannelPageView.TextBlock b = t.text();
            String name = e.messages().has("language." + t.lang()) ? e.messages().get("language." + t.lang()) : t.lang();
            out.add(new ChannelPageView.Translated(t.lang(), name, new ChannelPageView.TextBlock(b.id(), b.text(), b.file(),
                    e.prefix().isEmpty() ? b.file() : toRoot + b.file())));
        }
        return out;
    }

    /** The texts as the page shows them: the full (or closing) text and the own platform's short text, each with its file beside the page. */
    private static ChannelPageView.Texts texts(ChannelTexts texts, List<ChannelPageView.Translated> translations) {
        ChannelPageView.TextBlock full = new ChannelPageView.TextBlock("info-full", texts.full(), FULL_FILE, FULL_FILE);
        List<ChannelPageView.ShortGroup> groups = new ArrayList<>();
        ShortText s = texts.own();
        if (s != null) {
            groups.add(new ChannelPageView.ShortGroup("info-short-1", s.text(), s.length(), true,
                    List.of(new ChannelPageView.ShortFor(s.platform().displayName(), s.limit(), s.fileName(), s.fileName()))));
        }
        return new ChannelPageView.Texts(full, groups, translations);
    }
}
