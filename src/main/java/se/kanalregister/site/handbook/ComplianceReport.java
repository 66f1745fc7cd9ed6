package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.check.Finding;
import se.kanalregister.model.Review;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.text.Messages;

/**
 * The compliance report ({@code efterlevnad/}): every finding of the build's compliance
 * check (the list the CLI prints) grouped by unit and ordered by urgency, with the numbers a
 * communications unit reports upward and a chart of them.
 */
final class ComplianceReport {

    /**
     * @param today    the day the report counts from ({@code --today})
     * @param dueDays  how far ahead {@code due} looks
     */
    public record ReportPage(PageFrame frame, String today, Review review, int dueDays, ReportFigures.Totals totals,
                             List<ReportFigures.UnitRow> units, List<ReportFigures.PlatformRow> platforms,
                             List<ReportFigures.RuleRow> rules, BarChart chart, List<UnitFindings> groups,
                             List<ReportFigures.DueSnapshot> due) {}

    /**
     * One unit's findings, most urgent first, and its channels without findings.
     *
     * @param anchor the id of the unit's section, as in the unit table's links
     */
    public record UnitFindings(String unit, String anchor, List<FindingView> findings, List<ChannelView> compliant) {}

    private final InternalPages pages;
    private final ChannelViews views;

    ComplianceReport(InternalPages pages, ChannelViews views) {
        this.pages = pages;
        this.views = views;
    }

    /** Writes the report and returns its totals, for the start page. */
    ReportFigures.Totals write() throws IOException {
        Messages m = pages.messages();
        List<ChannelView> byUnit = views.byUnit();
        ReportFigures figures = new ReportFigures(byUnit, pages.context().today(), pages.context().swedishOrder());
        ReportFigures.Totals totals = figures.totals();
        List<ReportFigures.UnitRow> units = figures.units();
        BarChart chart = BarChart.of(units, m.get("hb.report.chart.title"),
                m.format("hb.report.chart.description", totals.compliant(), totals.channels()),
                m.get("hb.report.chart.compliant"), m.get("hb.report.chart.findings"),
                u -> m.format("hb.report.chart.value", u.compliant(), u.channels()));
        String path = Section.COMPLIANCE.path();
        pages.write(path, "internal/compliance.ftlh", new ReportPage(pages.frame(path, m.get("hb.report.title"), ""),
                pages.context().today().toString(), pages.context().register().organisation().review(),
                ReportFigures.DUE_DAYS, totals, units, figures.platforms(),
                ReportFigures.rules(pages.context().findings(), r -> m.get(ChannelViews.labelKey(r))), chart,
                groups(units, byUnit), figures.due()));
        return totals;
    }

    private List<UnitFindings> groups(List<ReportFigures.UnitRow> units, List<ChannelView> byUnit) {
        Map<String, List<Finding>> findings = new HashMap<>();
        for (Finding f : pages.context().findings()) {
            findings.computeIfAbsent(f.entry().channel().unit(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<ChannelView>> channels = ReportFigures.groups(byUnit, v -> v.channel().unit());
        Comparator<Finding> urgency = Comparator.comparing(Finding::rule);
        urgency = urgency.thenComparing(f -> f.entry().channel().name(), pages.context().swedishOrder()).thenComparing(f -> f.entry().id());
        List<UnitFindings> out = new ArrayList<>();
        for (ReportFigures.UnitRow u : units) {
            List<Finding> list = new ArrayList<>(findings.getOrDefault(u.unit(), List.of()));
            list.sort(urgency);
            out.add(new UnitFindings(u.unit(), u.anchor(),
                    list.stream().map(views::finding).toList(),
                    channels.get(u.unit()).stream().filter(ChannelView::compliant).toList()));
        }
        return out;
    }
}
