package se.kanalregister.site.pub;

import static se.kanalregister.text.Strings.orEmpty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.kanalregister.account.AccountRules;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.StreamedPage;
import se.kanalregister.text.Anchors;
import se.kanalregister.text.SwedishOrder;

/** The directory, {@code index.html}, of one edition. */
final class DirectoryPage {

    static final String TEMPLATE = "public/index.ftlh";

    private final RenderContext context;
    private final Organisation organisation;
    private final Edition edition;
    private final Frames frames;
    private final String jsonLd;

    /** @param jsonLd the organisation's JSON-LD, the same for every edition */
    DirectoryPage(RenderContext context, Organisation organisation, Edition edition, Frames frames, String jsonLd) {
        this.context = context;
        this.organisation = organisation;
        this.edition = edition;
        this.frames = frames;
        this.jsonLd = jsonLd;
    }

    /** The page as UTF-8. */
    StreamedPage render() {
        SwedishOrder order = context.swedishOrder();
        // Name, then platform, then id: the order of channels within a list.
        Comparator<ChannelView> byName = Comparator.comparing(ChannelView::name, order)
                .thenComparing(ChannelView::platform, order).thenComparing(ChannelView::id);
        // The most recently ended first, without a date last, then by name.
        Comparator<ChannelView> byEnded = Comparator
                .comparing((ChannelView c) -> c.ended() == null ? "" : c.ended().iso(), Comparator.reverseOrder())
                .thenComparing(byName);
        ChannelViews factory = new ChannelViews(organisation, edition, context.identities());
        List<ChannelView> central = new ArrayList<>();
        List<ChannelView> closed = new ArrayList<>();
        Map<String, List<ChannelView>> byUnit = new TreeMap<>(order);
        Map<String, String> platforms = new TreeMap<>();
        Set<String> unitNames = new TreeSet<>(order);
        for (Channel c : context.register().channels()) {
            ChannelView v = factory.of(c);
            if (!v.active()) {
                closed.add(v);
                continue;
            }
            if (v.central()) central.add(v);
            else byUnit.computeIfAbsent(v.unit(), u -> new ArrayList<>()).add(v);
            platforms.put(v.platformKey(), v.platform());
            unitNames.add(v.unit());
        }
        central.sort(byName);
        closed.sort(byEnded);
        List<DirectoryView.UnitGroup> units = new ArrayList<>();
        Anchors ids = new Anchors("enhet-", "namnlos");
        for (Map.Entry<String, List<ChannelView>> u : byUnit.entrySet()) {
            u.getValue().sort(byName);
            units.add(new DirectoryView.UnitGroup(u.getKey(), ids.next(u.getKey()), u.getValue()));
        }
        List<DirectoryView.Choice> platformChoices = new ArrayList<>();
        platforms.entrySet().stream().sorted(Map.Entry.comparingByValue(order))
                .forEach(p -> platformChoices.add(new DirectoryView.Choice(p.getKey(), p.getValue())));
        List<DirectoryView.Choice> unitChoices = new ArrayList<>();
        for (String u : unitNames) unitChoices.add(new DirectoryView.Choice(u, u));
        int active = central.size() + byUnit.values().stream().mapToInt(List::size).sum();
        String title = edition.messages().get("index.title");
        DirectoryView view = new DirectoryView(frames.frame(edition, Frames.HOME, title,
                edition.messages().format("index.description", organisation.name())), edition.contentLang(),
                organisation.name(), active, central, units, closed, platformChoices, unitChoices,
                orEmpty(organisation.contact().email()),
                jsonLd, AccountRules.json());
        return context.templates().page(TEMPLATE, view, edition.messages());
    }
}
