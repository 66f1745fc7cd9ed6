package se.kanalregister.render.infotext;

import static se.kanalregister.text.Strings.orEmpty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Platform;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.Templates;
import se.kanalregister.text.Messages;

/**
 * The info-text engine: renders a channel's full text ({@code infotext/full.ftl}) and its
 * short texts ({@code infotext/bio.ftl}) from the channel's public fields and the
 * organisation's. The wording lives in those templates, which an organisation may override.
 *
 * <p>Short texts: {@code bio.ftl} is rendered with {@code level} 1, 2, 3 … and is expected to
 * say less at every level; it ends the series by writing nothing, or at level {@value #MAX_LEVELS}
 * (a level that repeats an earlier text is skipped). Each platform with a bio limit gets the first level that
 * fits its limit, else the last, which then overflows. At most one render per level, so the
 * cost per channel does not grow with the number of platforms.
 *
 * <p>Pure: {@link #of} reports nothing, so the public site, the handbook or a preview may call
 * it freely; the build reports overflows once, through {@link #warnOverflows}. Thread-safe.
 */
public final class InfoTexts {

    public static final String FULL_TEMPLATE = "infotext/full.ftl";
    public static final String BIO_TEMPLATE = "infotext/bio.ftl";
    public static final String CLOSING_TEMPLATE = "infotext/closing.ftl";
    static final int MAX_LEVELS = 9;

    private final Templates templates;
    private final Messages messages;
    private final Organisation organisation;
    private final SiteAddress address;
    private final List<String> rules;
    /** The same for every channel: worked out once, not for each channel and edition. */
    private final String registerUrl;
    private final String registerAddress;
    private final String rulesUrl;

    /** @param messages the bundle of the organisation's language */
    public InfoTexts(Templates templates, Organisation organisation, Messages messages) {
        this.templates = templates;
        this.organisation = organisation;
        this.address = SiteAddress.of(organisation);
        this.messages = messages;
        this.rules = rules(organisation, messages);
        this.registerUrl = address.readable("");
        this.registerAddress = withoutScheme(registerUrl);
        this.rulesUrl = address.readable(Layout.page(Layout.RULES));
    }

    /** The organisation's rules, or the built-in list ({@code rules.default.1}, {@code .2} … in the bundle) when it has none. */
    public static List<String> rules(Organisation organisation, Messages messages) {
        if (!organisation.rules().isEmpty()) return organisation.rules();
        List<String> out = new ArrayList<>();
        for (int i = 1; messages.has("rules.default." + i); i++) out.add(messages.get("rules.default." + i));
        return List.copyOf(out);
    }

    /**
     * Every text of {@code channel}: for a closed or transferred channel the full text is its
     * closing text. A template error is a {@link se.kanalregister.render.RenderException}.
     */
    public ChannelTexts of(Channel channel) throws IOException {
        InfoTextModel model = model(channel);
        return new ChannelTexts(channel.id(), full(channel, model), shortTexts(channel.platform(), model));
    }

    /** Only the full text (the closing text of a closed or transferred channel), for a page that shows no short text. */
    public String full(Channel channel) throws IOException {
        return full(channel, model(channel));
    }

    private String full(Channel channel, InfoTextModel model) throws IOException {
        String template = channel.isActive() ? FULL_TEMPLATE : CLOSING_TEMPLATE;
        return templates.render(template, model, messages, TextLayout::full);
    }

    /** The short text for the channel's own platform, or null when it has no bio field (or the template wrote none). */
    public ShortText ownShortText(Channel channel) throws IOException {
        List<ShortText> shorts = shortTexts(channel.platform(), model(channel));
        return shorts.isEmpty() ? null : shorts.get(0);
    }

    /**
     * Warns at the channel's file when its own platform's short text (null: none) is longer
     * than the field allows even at the shortest level: the channel's name is then too long.
     */
    private static void warnOverflow(RegisterEntry entry, ShortText own, Diagnostics warnings) {
        if (own == null || own.fits()) return;
        warnings.warning(SourcePosition.of(entry.sourceFile()), "infotext.bio-overflow", entry.id(),
                own.platform().displayName(), own.length(), own.limit(), own.length() - own.limit());
    }

    /**
     * The same for the short texts of every edition, the register's language first: a text in
     * another language (the English one) is written in other words, so it can overflow on its
     * own, and its warning names the language.
     *
     * @param perEdition the channel's own short text in each of {@code languages}, null for none
     * @param root       the bundle of the register's language, which names the other languages
     */
    public static void warnOverflows(RegisterEntry entry, List<ShortText> perEdition, List<String> languages, Messages root,
                                     Diagnostics warnings) {
        warnOverflow(entry, perEdition.get(0), warnings);
        for (int i = 1; i < perEdition.size(); i++) {
            ShortText own = perEdition.get(i);
            if (own == null || own.fits()) continue;
            warnings.warning(SourcePosition.of(entry.sourceFile()), "infotext.bio-overflow.language", entry.id(),
                    own.platform().displayName(), own.length(), own.limit(), own.length() - own.limit(),
                    root.get("language." + languages.get(i)));
        }
    }

    /**
     * The short text for the channel's own platform: the levels of bio.ftl, longest first, until
     * one fits the platform's field (or the levels run out, and the shortest is kept). None for
     * a platform without a short field.
     */
    private List<ShortText> shortTexts(Platform own, InfoTextModel model) throws IOException {
        if (own.bioLimit() == 0) return List.of();
        List<String> levels = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int level = 1; level <= MAX_LEVELS; level++) {
            TextLayout.Measured bio = templates.render(BIO_TEMPLATE, model.atLevel(level), messages, TextLayout::bio);
            String text = bio.text();
            if (text.isEmpty()) break;
            if (levels.contains(text)) continue;  // a level may repeat another for some channels; the next may still be shorter
            levels.add(text);
            lengths.add(bio.length());
            if (lengths.get(lengths.size() - 1) <= own.bioLimit()) break;
        }
        return levels.isEmpty() ? List.of() : List.of(pick(own, levels, lengths, true));
    }

    private static ShortText pick(Platform p, List<String> levels, List<Integer> lengths, boolean own) {
        int i = 0;
        while (i < levels.size() - 1 && lengths.get(i) > p.bioLimit()) i++;
        return new ShortText(p, levels.get(i), lengths.get(i), p.bioLimit(), i + 1, own);
    }

    InfoTextModel model(Channel c) {
        Authority authority = organisation.authority(c.authority());
        boolean separate = authority != null && authority.kind().separateBody();
        Contact org = separate ? Contact.NONE : organisation.contact();
        Contact holderContact = authority == null ? org
                : new Contact(authority.email(), authority.phone(), null, null, null).orElse(org);
        Contact own = c.contact().orElse(holderContact);
        String privacy = authority != null && authority.privacyUrl() != null ? authority.privacyUrl()
                : separate ? null : organisation.privacyUrl();
        String pageUrl = address.readable(Layout.channelPage(c.id()));
        return new InfoTextModel(c.name(), c.platformDisplayName(), c.platform().id(), organisation.name(), c.unit(),
                orEmpty(c.responsible()), c.purpose(), c.comments(), c.messages(), orEmpty(organisation.hours()),
                orEmpty(organisation.responseTime()), rules, orEmpty(privacy),
                orEmpty(own.email()), orEmpty(own.phone()), orEmpty(own.url()), orEmpty(org.address()),
                orEmpty(org.feedbackUrl()), pageUrl, withoutScheme(pageUrl), registerUrl, registerAddress, rulesUrl, c.status().id(),
                c.ended() == null ? "" : c.ended().toString(), orEmpty(c.successor()),
                authority == null ? organisation.name() : authority.name(),
                authority == null ? "" : authority.kind().id(),
                authority == null ? "" : orEmpty(authority.recordsUrl()), orEmpty(organisation.guidelinesUrl()), 0);
    }

    private static String withoutScheme(String url) {
        return url.startsWith("https://") ? url.substring("https://".length()) : url;
    }
}
