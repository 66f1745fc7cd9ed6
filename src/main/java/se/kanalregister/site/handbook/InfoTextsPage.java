package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.site.PageScope;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.view.PageFrame;

/**
 * The internal page {@code infotexter/index.html}: every active channel with the short text
 * for its own platform (to copy, with its length against the limit) and links to its full
 * text and other variants on its public page. Channels whose short text overflows are listed
 * first. The full texts are not repeated here: for a large register they would make the page
 * tens of megabytes. Internal links use explicit {@code index.html}: the handbook is often
 * opened from disk.
 */
final class InfoTextsPage {

    static final String TEMPLATE = "infotext/infotexter.ftlh";

    private InfoTextsPage() {}

    /** What the template gets. */
    public record View(PageFrame frame, String organisation, List<Entry> channels, List<Entry> overflowing) {
        public View {
            channels = List.copyOf(channels);
            overflowing = List.copyOf(overflowing);
        }
    }

    /**
     * One channel.
     *
     * @param id       the section's element id, {@code kanal-<channel id>}
     * @param nameLang {@code lang} of the name when it is not the page's; else empty
     * @param pageUrl  the channel's public page, absolute
     * @param infoUrl  its full text, {@code info.txt}, absolute
     * @param own      the short text for its own platform; null when the platform has no bio limit
     */
    public record Entry(String id, String name, String nameLang, String platform, String unit, String pageUrl,
                        String infoUrl, ShortText own) {

        public boolean fits() {
            return own == null || own.fits();
        }
    }

    /** Writes the page of every active channel's texts, in register order. */
    static void write(InternalPages pages) throws IOException {
        RenderContext context = pages.context();
        Organisation o = context.register().organisation();
        Map<String, Channel> channels = new HashMap<>();
        for (Channel c : context.register().channels()) channels.put(c.id(), c);
        SiteAddress address = SiteAddress.of(o);
        List<Entry> entries = new ArrayList<>();
        List<Entry> overflowing = new ArrayList<>();
        for (ChannelTexts t : activeTexts(context)) {
            Entry e = entry(channels.get(t.channelId()), t, o, address);
            entries.add(e);
            if (!e.fits()) overflowing.add(e);
        }
        PageFrame frame = pages.frame(Section.INFOTEXTS.path(), pages.messages().get("infotexter.title"), "");
        pages.write(Section.INFOTEXTS.path(), TEMPLATE, new View(frame, o.name(), entries, overflowing));
    }

    /**
     * The texts of every active channel, in register order, without their full texts: kept
     * from the channel pages (of this build or, for a channel this build does not render, of
     * the one before), so each channel's texts are rendered once. A rebuild reports the
     * overflows of the channels it did not render from the build before ({@code Rebuilder}),
     * in every edition's language, so nothing is said here.
     */
    private static List<ChannelTexts> activeTexts(RenderContext context) throws IOException {
        InfoTexts infoTexts = context.infoTexts();
        PageScope scope = context.scope();
        List<ChannelTexts> all = new ArrayList<>();
        long withoutShort = 0;  // channels whose platform has a bio field but got no short text
        for (RegisterEntry entry : context.register().entries()) {
            if (!entry.channel().isActive()) continue;
            ChannelTexts texts = scope.forList(entry.channel(), infoTexts::of);
            if (texts.shorts().isEmpty() && entry.channel().platform().bioLimit() > 0) withoutShort++;
            all.add(texts);
        }
        if (withoutShort > 0) {
            // say so once, at the template, rather than leave short texts out silently
            context.warnings().warning(SourcePosition.of(context.templates().shownName(InfoTexts.BIO_TEMPLATE)),
                    "infotext.bio-empty", withoutShort, all.size());
        }
        return all;
    }

    private static Entry entry(Channel c, ChannelTexts t, Organisation o, SiteAddress address) {
        String nameLang = c.nameLanguage() == null || c.nameLanguage().equals(o.language()) ? "" : c.nameLanguage();
        String page = address.absolute(Layout.channelPage(c.id()));
        return new Entry("kanal-" + c.id(), c.name(), nameLang, c.platformDisplayName(), c.unit(), page,
                page + "info.txt", t.own());
    }

}
