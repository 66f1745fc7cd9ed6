package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.text.Messages;
import se.kanalregister.text.SwedishOrder;

/**
 * embed/kanaler.html and embed/kanaler.css: the active channels as an HTML fragment to
 * paste into the organisation's own CMS. No html or head, no inline style or script,
 * every class under {@code kr-}, every link absolute. Main accounts first, then by name
 * in Swedish alphabetical order (å, ä, ö after z), then by id.
 */
final class Embed {

    static final String HTML = "embed/kanaler.html";
    static final String CSS = "embed/kanaler.css";

    private final Organisation organisation;
    private final SiteAddress address;
    private final Messages messages;
    private final SwedishOrder names;

    /** @param names the build's alphabetical order */
    Embed(Organisation organisation, SiteAddress address, Messages messages, SwedishOrder names) {
        this.organisation = organisation;
        this.address = address;
        this.messages = messages;
        this.names = names;
    }

    EmbedView view(List<Channel> channels) {
        Comparator<Channel> order = Comparator.comparing((Channel c) -> !c.central())
                .thenComparing(Channel::name, names)
                .thenComparing(Channel::id);
        List<EmbedView.Item> items = new ArrayList<>();
        for (Channel c : channels.stream().filter(Channel::isActive).sorted(order).toList()) items.add(item(c));
        return new EmbedView(messages.language(), messages.format("opendata.embed.label", organisation.name()), items,
                address.absolute(""), messages.get("opendata.embed.all"));
    }

    private EmbedView.Item item(Channel c) {
        String nameLang = c.nameLanguage() != null && !c.nameLanguage().equals(messages.language()) ? c.nameLanguage() : null;
        return new EmbedView.Item(c.name(), nameLang, c.url(), c.platformDisplayName(),
                messages.format("opendata.embed.unit", c.unit()), c.central(), address.absolute(Layout.channelPage(c.id())),
                messages.get("opendata.embed.about"),
                messages.format("opendata.embed.about.context", c.name(), c.platformDisplayName()));
    }
}
