package se.kanalregister.site.handbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.check.Finding;
import se.kanalregister.text.Anchors;
import se.kanalregister.text.SwedishOrder;

/**
 * The numbers of the compliance report, counted once from the channel views: the totals,
 * per unit, per platform, per rule, and the snapshots due soon. Every list has a fixed order.
 */
final class ReportFigures {

    /** How far ahead the report looks for snapshots that fall due. */
    static final int DUE_DAYS = 30;

    /**
     * The totals a communications unit reports upward.
     *
     * @param compliantPercent channels without findings, in whole per cent of all channels
     */
    public record Totals(int channels, int active, int compliant, int compliantPercent, int findings,
                         int channelsWithFindings, int snapshotsDue) {}

    /** @param anchor the id of the unit's findings on the report page */
    public record UnitRow(String unit, String anchor, int channels, int active, int compliant, int findings) {}

    public record PlatformRow(String platform, int channels, int active, int compliant) {}

    public record RuleRow(String label, String field, int findings) {}

    /** @param days from the build's day until the snapshot is due; 0 is today */
    public record DueSnapshot(ChannelView channel, String due, long days) {}

    private final List<ChannelView> byUnit;
    private final LocalDate today;
    private final SwedishOrder order;

    /**
     * @param byUnit every channel, sorted by unit and name
     * @param order  the build's shared Swedish order
     */
    ReportFigures(List<ChannelView> byUnit, LocalDate today, SwedishOrder order) {
        this.byUnit = byUnit;
        this.today = today;
        this.order = order;
    }

    Totals totals() {
        int active = (int) byUnit.stream().filter(v -> v.channel().isActive()).count();
        int compliant = (int) byUnit.stream().filter(ChannelView::compliant).count();
        int findings = byUnit.stream().mapToInt(v -> v.findings().size()).sum();
        int n = byUnit.size();
        int percent = n == 0 ? 100 : (int) Math.round(100.0 * compliant / n);
        return new Totals(n, active, compliant, percent, findings, n - compliant, due().size());
    }

    /** Per unit, in the order of the units' names; each unit gets a unique anchor. */
    List<UnitRow> units() {
        List<UnitRow> rows = new ArrayList<>();
        Anchors anchors = new Anchors("enhet-", "namnlos");
        for (List<ChannelView> group : groups(byUnit, v -> v.channel().unit()).values()) {
            String unit = group.get(0).channel().unit();
            rows.add(new UnitRow(unit, anchors.next(unit), group.size(), active(group), compliant(group),
                    group.stream().mapToInt(v -> v.findings().size()).sum()));
        }
        return rows;
    }

    /** Per platform, most channels first, then by name. */
    List<PlatformRow> platforms() {
        Map<String, List<ChannelView>> groups = new TreeMap<>(order);
        for (ChannelView v : byUnit) groups.computeIfAbsent(v.platform(), k -> new ArrayList<>()).add(v);
        List<PlatformRow> rows = new ArrayList<>();
        for (var g : groups.entrySet()) {
            rows.add(new PlatformRow(g.getKey(), g.getValue().size(), active(g.getValue()), compliant(g.getValue())));
        }
        rows.sort(Comparator.comparingInt(PlatformRow::channels).reversed()); // stable: names stay in order
        return rows;
    }

    /** How many findings each rule has, most urgent rule first; rules without findings included. */
    static List<RuleRow> rules(List<Finding> findings, Function<ComplianceRule, String> label) {
        int[] counts = new int[ComplianceRule.values().length];
        for (Finding f : findings) counts[f.rule().ordinal()]++;
        List<RuleRow> rows = new ArrayList<>();
        for (ComplianceRule r : ComplianceRule.values()) rows.add(new RuleRow(label.apply(r), r.field(), counts[r.ordinal()]));
        return rows;
    }

    /** Active channels whose next snapshot falls due within {@link #DUE_DAYS} days, soonest first. */
    List<DueSnapshot> due() {
        LocalDate limit = today.plusDays(DUE_DAYS);
        List<DueSnapshot> out = new ArrayList<>();
        for (ChannelView v : byUnit) {
            String next = v.dates().nextSnapshot();
            if (next == null) continue;
            LocalDate due = LocalDate.parse(next);
            if (!due.isBefore(today) && !due.isAfter(limit)) out.add(new DueSnapshot(v, next, ChronoUnit.DAYS.between(today, due)));
        }
        out.sort(Comparator.comparingLong(DueSnapshot::days)); // stable: unit and name order within a day
        return out;
    }

    /** Channels grouped by a key: groups in the order their keys first appear, channels in their given order. */
    static Map<String, List<ChannelView>> groups(List<ChannelView> views, Function<ChannelView, String> key) {
        Map<String, List<ChannelView>> groups = new LinkedHashMap<>();
        for (ChannelView v : views) groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        return groups;
    }

    private static int active(List<ChannelView> group) {
        return (int) group.stream().filter(v -> v.channel().isActive()).count();
    }

    private static int compliant(List<ChannelView> group) {
        return (int) group.stream().filter(ChannelView::compliant).count();
    }
}
