package se.kanalregister.site.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report's chart, laid out at build time: one stacked bar per unit, channels without
 * findings and channels with findings, drawn to one scale. The template only writes the SVG
 * elements at these coordinates; the same numbers are in the unit table next to it.
 *
 * @param width       the SVG's view box width, wide enough for the longest text; it scales with the page
 * @param description one sentence with the totals, for screen readers
 * @param findingsLegendX where the legend's second swatch starts, after the first one's text
 */
public record BarChart(int width, int height, String title, String description, String compliantLabel,
                       String findingsLabel, int findingsLegendX, List<Bar> bars) {

    /**
     * One unit's bar.
     *
     * @param labelY     the baseline of the unit's name, above the bar
     * @param value      the numbers in words, written after the bar
     */
    public record Bar(String label, int labelY, int barY, int compliantWidth, int findingsX, int findingsWidth,
                      String value, int valueX, int valueY) {}

    static final int WIDTH = 400;
    static final int BAR_HEIGHT = 16;
    private static final int TOP = 36;
    private static final int ROW = 50;
    private static final int MAX_BAR = 220;

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The chart of {@code units}; {@code value} words a unit's numbers ("3 av 5 utan anmärkning"). */
    static BarChart of(List<ReportFigures.UnitRow> units, String title, String description, String compliantLabel,
                       String findingsLabel, Function<ReportFigures.UnitRow, String> value) {
        int max = units.stream().mapToInt(ReportFigures.UnitRow::channels).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ReportFigures.UnitRow u = units.get(i);
            int y = TOP + i * ROW;
            int ok = length(u.compliant(), max);
            int bad = length(u.channels() - u.compliant(), max);
            bars.add(new Bar(u.unit(), y + 14, y + 22, ok, ok, bad, value.apply(u), ok + bad + 8, y + 22 + 13));
        }
        int legendX = Math.max(180, textEnd(20, compliantLabel) + 24);
        int width = Math.max(WIDTH, textEnd(legendX + 20, findingsLabel));
        for (Bar b : bars) width = Math.max(width, Math.max(textEnd(0, b.label()), textEnd(b.valueX(), b.value())));
        return new BarChart(width, TOP + units.size() * ROW + 8, title, description, compliantLabel, findingsLabel, legendX,
                bars);
    }

    /**
     * Where a text starting at {@code x} ends, estimated generously (8.4 units a character at
     * the chart's 14-unit font) so that the view box never cuts a long unit name or value off.
     */
    static int textEnd(int x, String text) {
        return x + (int) Math.ceil(text.length() * 8.4);
    }

    /** A bar's length for {@code n} channels; never 0 for one channel or more, so every part stays visible. */
    private static int length(int n, int max) {
        if (n <= 0) return 0;
        return Math.max(3, (int) Math.round((double) n * MAX_BAR / max));
    }
}
