package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static BarChart chart(ReportFigures.UnitRow... units) {
        return BarChart.of(List.of(units), "t", "d", "ok", "bad", u -> u.compliant() + "/" + u.channels());
    }

    @Test
    void drawsEveryUnitToOneScale() {
        BarChart c = chart(new ReportFigures.UnitRow("A", "enhet-a", 10, 10, 5, 7),
                new ReportFigures.UnitRow("B", "enhet-b", 2, 2, 2, 0));
        BarChart.Bar a = c.bars().get(0);
        BarChart.Bar b = c.bars().get(1);
        assertEquals(List.of(110, 110, 110), List.of(a.compliantWidth(), a.findingsX(), a.findingsWidth()));
        assertEquals(List.of(44, 0), List.of(b.compliantWidth(), b.findingsWidth()));
        assertEquals("5/10", a.value());
        assertEquals(a.compliantWidth() + a.findingsWidth() + 8, a.valueX());
        assertEquals(c.height(), b.barY() + BarChart.BAR_HEIGHT + 20);
    }

    @Test
    void keepsASingleChannelVisibleBesideALargeUnit() {
        BarChart c = chart(new ReportFigures.UnitRow("A", "enhet-a", 1000, 1000, 999, 1),
                new ReportFigures.UnitRow("B", "enhet-b", 1, 1, 0, 1));
        assertEquals(3, c.bars().get(0).findingsWidth());
        assertEquals(3, c.bars().get(1).findingsWidth());
    }

    @Test
    void widensTheViewBoxForLongTexts() {
        assertEquals(BarChart.WIDTH, chart(new ReportFigures.UnitRow("A", "enhet-a", 1, 1, 1, 0)).width());
        String longName = "Kultur-, fritids- och föreningslivsförvaltningen i samverkan med grannkommunerna";
        BarChart c = chart(new ReportFigures.UnitRow(longName, "enhet-a", 1, 1, 1, 0));
        assertEquals(BarChart.textEnd(0, longName), c.width());
    }

    @Test
    void anEmptyRegisterHasAnEmptyChart() {
        assertEquals(List.of(), chart().bars());
    }
}
