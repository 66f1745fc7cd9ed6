package se.kanalregister.site.pub;

import static se.kanalregister.text.Strings.orEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.kanalregister.account.Identity;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Platform;
import se.kanalregister.text.Messages;
import se.kanalregister.text.Slugs;

/** Makes {@link ChannelView}s for one edition. Immutable, thread-safe. */
final class ChannelViews {

    private final Organisation organisation;
    private final Edition edition;
    private final RegisterIdentities identities;

    ChannelViews(Organisation organisation, Edition edition, RegisterIdentities identities) {
        this.organisation = organisation;
        this.edition = edition;
        this.identities = identities;
    }

    ChannelView of(Channel c) {
        Messages m = edition.messages();
        List<ChannelView.HistoryView> history = new ArrayList<>();
        for (HistoryEntry h : c.history()) history.add(new ChannelView.HistoryView(DateView.of(h.date(), m), h.text()));
        boolean successorUrl = c.successorIsUrl();
        return new ChannelView(c.id(), Layout.channelPage(c.id()), c.name(),
                edition.langFor(c.nameLanguage() != null ? c.nameLanguage() : organisation.language()),
                platformKey(c), platformName(c, m), c.url(), Links.display(c.url()), orEmpty(c.handle()), c.unit(),
                orEmpty(c.responsible()), c.purpose(), c.audience(), languageNames(c.languages(), m), c.central(),
                c.isActive(), c.status().id(), m.get("status." + c.status().id()), DateView.of(c.started(), m),
                DateView.of(c.ended(), m), successorUrl ? Links.display(c.successor()) : orEmpty(c.successor()),
                successorUrl ? c.successor() : "", c.comments(), c.messages(), contact(c.contact()), history,
                identities.of(c).stream().map(Identity::id).collect(Collectors.joining(" ")));
    }

    /** The filter's value for a channel's platform. */
    static String platformKey(Channel c) {
        return c.platform() == Platform.OTHER && c.platformName() != null
                ? "other-" + Slugs.slugify(c.platformName()) : c.platform().id();
    }

    /** The platform's name in the page's language: {@code platform.name.<id>} when the bundle has one. */
    static String platformName(Channel c, Messages m) {
        if (c.platform() == Platform.OTHER && c.platformName() != null) return c.platformName();
        String key = "platform.name." + c.platform().id();
        return m.has(key) ? m.get(key) : c.platform().displayName();
    }

    static List<String> languageNames(List<String> codes, Messages m) {
        List<String> out = new ArrayList<>(codes.size());
        for (String code : codes) out.add(languageName(code, m));
        return out;
    }

    /** {@code se} → "nordsamiska"; a code without a name in the bundle is shown as it is. */
    static String languageName(String code, Messages m) {
        if (m.has("language." + code)) return m.get("language." + code);
        int dash = code.indexOf('-');
        if (dash > 0 && m.has("language." + code.substring(0, dash))) return m.get("language." + code.substring(0, dash));
        return code;
    }

    private ChannelView.ContactView contact(Contact own) {
        Contact c = own.orElse(organisation.contact());
        return new ChannelView.ContactView(orEmpty(c.email()), orEmpty(c.phone()), orEmpty(c.phoneUri()), orEmpty(c.url()),
                c.url() == null ? "" : Links.display(c.url()));
    }

}
