package se.kanalregister.site.pub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.InfoTextsPage;
import se.kanalregister.site.Output;
import se.kanalregister.site.Parallel;
import se.kanalregister.site.SitePart;
import se.kanalregister.site.handbook.Section;
import se.kanalregister.site.opendata.JsonLd;

/**
 * The public site: the directory, a page per channel with its info texts and their text
 * files, the rules, the accessibility statement, the content pages, in every edition
 * (Swedish at the root, English under {@code en/}). The style sheet and script are copied
 * with every other template asset by {@link se.kanalregister.site.SiteBuilder}.
 * Also the internal page that lists every channel's info texts ({@code infotexter/}).
 *
 * <p>Only {@link se.kanalregister.model.Channel} values reach the public templates; a
 * channel's {@link RegisterEntry} is used for nothing but the file name in a warning.
 */
public final class PublicSite implements SitePart {

    @Override
    public void write(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation organisation = register.organisation();
        List<Edition> editions = Edition.of(organisation, context::messages);
        Frames frames = new Frames(organisation, editions, ownPages(register));
        InfoTexts infoTexts = new InfoTexts(context);
        ChannelPages channelPages = new ChannelPages(context, organisation, editions, frames);

        List<RegisterEntry> entries = register.entries();
        ChannelTexts[] texts = new ChannelTexts[entries.size()];
        Parallel.forEach(IntStream.range(0, entries.size()).boxed().toList(), i -> {
            RegisterEntry entry = entries.get(i);
            if (entry.channel().isActive()) {
                texts[i] = infoTexts.of(entry.channel());
                InfoTexts.warnOverflow(entry, texts[i], context.warnings());
            }
            channelPages.write(entry.channel(), texts[i], publicOutput);
        });

        OtherPages other = new OtherPages(context, frames);
        String jsonLd = JsonLd.organisation(register);
        for (Edition e : editions) {
            publicOutput.write(e.prefix() + "index.html", new DirectoryPage(context, organisation, e, frames, jsonLd).render());
            other.write(e, publicOutput);
        }

        List<ChannelTexts> all = new ArrayList<>();
        for (ChannelTexts t : texts) if (t != null) all.add(t);
        if (all.stream().anyMatch(t -> t.shorts().isEmpty())) {
            // bio.ftl wrote nothing at all: say so once, rather than leave every short text out silently
            context.warnings().warning(SourcePosition.of("templates/" + InfoTexts.BIO_TEMPLATE), "infotext.bio-empty");
        }
        internalOutput.write(InfoTextsPage.PATH, InfoTextsPage.render(context, all,
                Section.nav(context.messages(organisation.language()), "infotexter/")));
    }

    /** Content pages with a page of their own (not merged into rules or accessibility), in order. */
    static List<Document> ownPages(Register register) {
        return register.pages().stream().filter(d -> !Layout.MERGED_PUBLIC.contains(d.slug()))
                .sorted(Comparator.comparingInt(Document::order).thenComparing(Document::slug)).toList();
    }
}
