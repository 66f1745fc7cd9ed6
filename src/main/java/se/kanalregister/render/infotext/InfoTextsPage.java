package se.kanalregister.render.infotext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.StreamedPage;
import se.kanalregister.render.view.PageFrame.NavItem;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.text.Messages;

/**
 * The internal page {@code infotexter/index.html}: every active channel with the short text
 * for its own platform (to copy, with its length against the limit) and links to its full
 * text and other variants on its public page. Channels whose short text overflows are listed
 * first. The full texts are not repeated here: for a large register they would make the page
 * tens of megabytes. Internal links use explicit {@code index.html}: the handbook is often
 * opened from disk.
 */
public final class InfoTextsPage {

    public static final String PATH = "infotexter/index.html";
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

    /**
     * The page's HTML as UTF-8, to be written to {@link #PATH} of the internal output.
     *
     * @param texts the texts of the channels to list (active ones, from {@link InfoTexts#of}), in the order to list them
     * @param nav   the internal site's menu, hrefs relative to {@code infotexter/}
     */
    public static StreamedPage render(RenderContext context, List<ChannelTexts> texts, List<NavItem> nav) {
        Organisation o = context.register().organisation();
        Messages m = context.messages(o.language());
        Map<String, Channel> channels = new HashMap<>();
        for (Channel c : context.register().channels()) channels.put(c.id(), c);
        SiteAddress address = SiteAddress.of(o);
        List<Entry> entries = new ArrayList<>();
        List<Entry> overflowing = new ArrayList<>();
        for (ChannelTexts t : texts) {
            Entry e = entry(channels.get(t.channelId()), t, o, address);
            entries.add(e);
            if (!e.fits()) overflowing.add(e);
        }
        PageFrame frame = new PageFrame(o.language(), m.get("infotexter.title"), o.name(), "../", "", "", true, nav,
                PageFrame.FooterView.of(o), List.of());
        return context.templates().page(TEMPLATE, new View(frame, o.name(), entries, overflowing), m);
    }

    private static Entry entry(Channel c, ChannelTexts t, Organisation o, SiteAddress address) {
        String nameLang = c.nameLanguage() == null || c.nameLanguage().equals(o.language()) ? "" : c.nameLanguage();
        String page = address.absolute(Layout.channelPage(c.id()));
        return new Entry("kanal-" + c.id(), c.name(), nameLang, c.platformDisplayName(), c.unit(), page,
                page + "info.txt", t.own());
    }

}
