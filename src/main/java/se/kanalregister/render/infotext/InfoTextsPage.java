package se.kanalregister.render.infotext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.render.view.PageFrame.NavItem;
import se.kanalregister.site.Output;
import se.kanalregister.text.Messages;

/**
 * The internal page {@code infotexter/index.html}: every active channel's info texts in one
 * place, with copy buttons and each short text's length against its limit, so the
 * communicators can review and paste them. Links use explicit {@code index.html}: the
 * handbook is often opened from disk.
 */
public final class InfoTextsPage {

    public static final String PATH = "infotexter/index.html";
    static final String TEMPLATE = "infotext/infotexter.ftlh";

    private InfoTextsPage() {}

    /** What the template gets. */
    public record View(PageFrame frame, String organisation, List<Entry> channels, int overflowing) {
        public View {
            channels = List.copyOf(channels);
        }
    }

    /**
     * One channel's texts.
     *
     * @param id       the section's element id, {@code kanal-<channel id>}
     * @param nameLang {@code lang} of the name when it is not the page's; else empty
     * @param pageUrl  the channel's public page, absolute
     */
    public record Entry(String id, String name, String nameLang, String platform, String unit, String pageUrl,
                        String full, List<Group> shorts, boolean fits) {
        public Entry {
            shorts = List.copyOf(shorts);
        }
    }

    /** A short text and the platforms it is for, as "Instagram (150)". */
    public record Group(String id, String text, int length, int limit, boolean fits, boolean own, List<String> platforms) {
        public Group {
            platforms = List.copyOf(platforms);
        }
    }

    /** The internal menu this page shows unless the handbook passes its own: the handbook's start and this page. */
    public static List<NavItem> defaultNav(Messages m) {
        return List.of(new NavItem(m.get("infotexter.nav.handbook"), "../index.html", false, ""),
                new NavItem(m.get("infotexter.title"), "index.html", true, ""));
    }

    /**
     * Writes the page.
     *
     * @param texts the texts of the channels to list (active ones), in the order to list them
     * @param nav   the internal site's menu, hrefs relative to {@code infotexter/}
     */
    public static void write(RenderContext context, List<ChannelTexts> texts, List<NavItem> nav, Output internal)
            throws IOException {
        Organisation o = context.register().organisation();
        Messages m = context.messages(o.language());
        Map<String, Channel> channels = new HashMap<>();
        for (Channel c : context.register().channels()) channels.put(c.id(), c);
        List<Entry> entries = new ArrayList<>();
        int overflowing = 0;
        for (ChannelTexts t : texts) {
            Entry e = entry(channels.get(t.channelId()), t, o);
            if (!e.fits()) overflowing++;
            entries.add(e);
        }
        Contact c = o.contact();
        PageFrame frame = new PageFrame(o.language(), m.get("infotexter.title"), o.name(), "../", "", "", true, nav,
                new PageFrame.FooterView(o.name(), o.website(), text(c.phone()), text(c.phoneUri()), text(c.email()),
                        text(c.address()), text(o.privacyUrl())), List.of());
        internal.write(PATH, context.templates().render(TEMPLATE, new View(frame, o.name(), entries, overflowing), m));
    }

    private static Entry entry(Channel c, ChannelTexts t, Organisation o) {
        List<Group> groups = new ArrayList<>();
        for (ShortTextGroup g : ShortTextGroup.of(t.shorts())) {
            List<String> platforms = new ArrayList<>();
            for (ShortText s : g.platforms()) platforms.add(s.platform().displayName() + " (" + s.limit() + ")");
            groups.add(new Group("kanal-" + c.id() + "-short-" + (groups.size() + 1), g.text(), g.length(), g.limit(), g.fits(),
                    g.own(), platforms));
        }
        ShortText own = t.own();
        String nameLang = c.nameLanguage() == null || c.nameLanguage().equals(o.language()) ? "" : c.nameLanguage();
        return new Entry("kanal-" + c.id(), c.name(), nameLang, c.platformDisplayName(), c.unit(),
                o.baseUrl() + Layout.channelPage(c.id()), t.full(), groups, own == null || own.fits());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
