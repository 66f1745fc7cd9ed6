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
import se.kanalregister.model.Translation;
import se.kanalregister.text.Messages;
import se.kanalregister.site.PageScope;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.site.Output;
import se.kanalregister.site.Parallel;
import se.kanalregister.site.SitePart;
import se.kanalregister.site.pub.JsonLd;

/**
 * The public site: the directory, a page per channel with its info texts and their text
 * files, the rules, the accessibility statement, the content pages, in every edition
 * (Swedish at the root, English under {@code en/}). The style sheet and script are copied
 * with every other template asset by {@link se.kanalregister.site.SiteBuilder}.
 *
 * <p>Only {@link se.kanalregister.model.Channel} values reach the public templates; a
 * channel's {@link RegisterEntry} is used for nothing but the file name in a warning.
 */
public final class PublicSite implements SitePart {

    @Override
    public List<String> templates() {
        return List.of("layout.ftlh", "public/lib.ftlh", "public/channel.ftlh", "public/index.ftlh", "public/page.ftlh",
                "public/rules.ftlh", "public/accessibility.ftlh", InfoTexts.FULL_TEMPLATE, InfoTexts.BIO_TEMPLATE,
                InfoTexts.CLOSING_TEMPLATE);
    }

    @Override
    public List<String> channelFolders(Organisation organisation, String id) {
        return Edition.of(organisation, Messages::forLanguage).stream()
                .map(e -> "public/" + e.prefix() + Layout.channelPage(id)).toList();
    }

    @Override
    public void writeChannelPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation organisation = register.organisation();
        List<Edition> editions = Edition.of(organisation, context::messages);
        ChannelPages channelPages = new ChannelPages(context, organisation, editions,
                new Frames(organisation, editions, Layout.ownPages(register)));
        List<InfoTexts> infoTexts = new ArrayList<>();  // one per edition: the texts are written in each language
        for (Edition e : editions) infoTexts.add(new InfoTexts(context.templates(), organisation, e.messages()));
        List<InfoTexts> translated = new ArrayList<>();  // complete translations: texts beside the root's
        for (Translation t : register.translations()) {
            translated.add(new InfoTexts(context.templates(), organisation, Messages.withInfoTexts(t.language(), t.texts())));
        }
        List<String> languages = editions.stream().map(Edition::lang).toList();
        PageScope scope = context.scope();
        List<RegisterEntry> rendered = register.entries().stream().filter(e -> scope.rendersChannel(e.id())).toList();
        Parallel.forEach(rendered, entry -> {
            Channel channel = entry.channel();
            List<ChannelTexts> texts = new ArrayList<>(editions.size());
            texts.add(scope.render(channel, infoTexts.get(0)::of));  // the root's are kept for the lists
            for (int i = 1; i < editions.size(); i++) texts.add(infoTexts.get(i).of(channel));
            List<String> translations = new ArrayList<>(translated.size());
            for (InfoTexts t : translated) translations.add(t.full(channel));
            List<ShortText> own = new ArrayList<>(texts.size());
            for (ChannelTexts t : texts) own.add(t.own());
            InfoTexts.warnOverflows(entry, own, languages, editions.get(0).messages(), context.warnings());
            channelPages.write(channel, texts, register.translations(), translations, publicOutput);
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
        Parallel.all(tasks);
    }
}
