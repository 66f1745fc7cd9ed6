package se.kanalregister.site.pub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.PageScope;
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
    public void writeChannelPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation organisation = register.organisation();
        List<Edition> editions = Edition.of(organisation, context::messages);
        ChannelPages channelPages = new ChannelPages(context, organisation, editions,
                new Frames(organisation, editions, Layout.ownPages(register)));
        InfoTexts infoTexts = new InfoTexts(context);
        PageScope scope = context.scope();
        List<RegisterEntry> rendered = register.entries().stream().filter(e -> scope.rendersChannel(e.id())).toList();
        Parallel.forEach(rendered, entry -> {
            Channel channel = entry.channel();
            ChannelTexts texts = null;
            if (channel.isActive()) {
                texts = scope.render(channel, infoTexts::of);
                InfoTexts.warnOverflow(entry, texts, context.warnings());
            }
            channelPages.write(channel, texts, publicOutput);
        });
    }

    @Override
    public void writeSharedPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation organisation = register.organisation();
        List<Edition> editions = Edition.of(organisation, context::messages);
        Frames frames = new Frames(organisation, editions, Layout.ownPages(register));
        OtherPages other = new OtherPages(context, frames);
        String jsonLd = JsonLd.organisation(register);
        List<Parallel.Task> tasks = new ArrayList<>();
        for (Edition e : editions) {
            tasks.add(() -> publicOutput.write(e.prefix() + "index.html",
                    new DirectoryPage(context, organisation, e, frames, jsonLd).render()));
            tasks.add(() -> other.write(e, publicOutput));
        }
        tasks.add(() -> internalOutput.write(InfoTextsPage.PATH, InfoTextsPage.render(context, activeTexts(context),
                Section.nav(context.messages(organisation.language()), "infotexter/"))));
        Parallel.all(tasks);
    }

    /**
     * The texts of every active channel, in register order, without their full texts: kept
     * from the channel pages (of this build or, for a channel this build does not render, of
     * the one before), so each channel's texts are rendered once. Warns here about the channels whose pages were not
     * rendered, so a rebuild reports the same warnings as a full build.
     */
    private static List<ChannelTexts> activeTexts(RenderContext context) throws IOException {
        InfoTexts infoTexts = new InfoTexts(context);
        PageScope scope = context.scope();
        List<ChannelTexts> all = new ArrayList<>();
        for (RegisterEntry entry : context.register().entries()) {
            if (!entry.channel().isActive()) continue;
            ChannelTexts texts = scope.forList(entry.channel(), infoTexts::of);
            if (!scope.rendersChannel(entry.id())) InfoTexts.warnOverflow(entry, texts, context.warnings());
            all.add(texts);
        }
        long withoutShort = all.stream().filter(t -> t.shorts().isEmpty()).count();
        if (withoutShort > 0) {
            // say so once, at the template, rather than leave short texts out silently
            context.warnings().warning(SourcePosition.of(context.templates().shownName(InfoTexts.BIO_TEMPLATE)),
                    "infotext.bio-empty", withoutShort, all.size());
        }
        return all;
    }
}
