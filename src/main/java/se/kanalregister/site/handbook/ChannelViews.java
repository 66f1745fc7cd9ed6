package se.kanalregister.site.handbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.check.Finding;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.RenderContext;
import se.kanalregister.text.Messages;
import se.kanalregister.text.SwedishOrder;

/**
 * Every channel of the register as a {@link ChannelView}, made once per build, with the
 * findings the build's compliance check produced (the same list the CLI prints).
 */
final class ChannelViews {

    private final List<ChannelView> all;
    private List<ChannelView> byUnit;
    /** Each finding as shown, made once for its channel's page and reused by the compliance report. */
    private final Map<Finding, FindingView> findingViews = new IdentityHashMap<>();
    private final Messages messages;
    private final SwedishOrder names;

    /** Every channel of the register. */
    ChannelViews(RenderContext context, Messages messages) {
        this(context, messages, id -> true);
    }

    /** Only the channels whose ids pass {@code include}: a rebuild needs only those it renders. */
    ChannelViews(RenderContext context, Messages messages, Predicate<String> include) {
        this.messages = messages;
        this.names = context.swedishOrder();
        Map<String, List<Finding>> byChannel = Finding.byChannel(context.findings());
        int months = context.register().organisation().review().snapshotMonths();
        List<ChannelView> views = new ArrayList<>();
        for (RegisterEntry e : context.register().entries()) {
            if (include.test(e.id())) views.add(view(e, byChannel.getOrDefault(e.id(), List.of()), months, messages, findingViews,
                    context.register().organisation()));
        }
        this.all = List.copyOf(views);
    }

    /** In the register's order: by id. */
    List<ChannelView> all() {
        return all;
    }

    /** By unit, then by name: how a communications unit reads the register. Sorted when first asked for. */
    synchronized List<ChannelView> byUnit() {
        if (byUnit == null) {
            Comparator<ChannelView> unit = Comparator.comparing(v -> v.channel().unit(), names);
            byUnit = all.stream().sorted(unit.thenComparing(v -> v.channel().name(), names)
                    .thenComparing(ChannelView::id)).toList();
        }
        return byUnit;
    }

    /** A finding of the build's compliance check as the handbook shows it. */
    FindingView finding(Finding f) {
        FindingView v = findingViews.get(f);
        return v != null ? v : finding(f, messages);
    }

    /** The finding as the handbook shows it, with the CLI's message text. */
    private static FindingView finding(Finding f, Messages messages) {
        Channel c = f.entry().channel();
        ComplianceRule rule = f.rule();
        return new FindingView(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'), messages.get(labelKey(rule)),
                rule.field(), messages.format(f.message()), c.name(), c.platformDisplayName(), href(c.id()));
    }

    /** The message key of a rule's short label, e.g. {@code hb.rule.snapshot}. */
    static String labelKey(ComplianceRule rule) {
        return "hb.rule." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String href(String id) {
        return Layout.internalChannelPage(id) + "index.html";
    }

    private static ChannelView view(RegisterEntry e, List<Finding> findings, int snapshotMonths, Messages messages,
                                    Map<Finding, FindingView> findingViews, Organisation organisation) {
        Channel c = e.channel();
        Authority authority = organisation.authority(c.authority());
        String holder = authority == null ? organisation.name()
                : messages.format("hb.holder.authority", authority.name(), authority.kind().id());
        InternalInfo i = e.internal();
        LocalDate next = c.isActive() && i.lastSnapshot() != null ? i.lastSnapshot().plusMonths(snapshotMonths) : null;
        ChannelView.Dates dates = new ChannelView.Dates(text(c.started()), text(c.ended()), text(i.approvedOn()),
                text(i.lastSnapshot()), text(i.lastActivity()), text(next));
        List<ChannelView.HistoryView> history = new ArrayList<>();
        for (HistoryEntry h : c.history()) history.add(new ChannelView.HistoryView(text(h.date()), h.text()));
        List<FindingView> views = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            FindingView v = finding(f, messages);
            views.add(v);
            findingViews.put(f, v);
        }
        return new ChannelView(href(c.id()), c, i, c.platformDisplayName(), messages.get("hb.status." + c.status().id()),
                dates, history, views, holder);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

}
