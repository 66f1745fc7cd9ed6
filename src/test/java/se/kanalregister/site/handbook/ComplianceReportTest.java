package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.check.Checked;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.check.Finding;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;

/** The compliance report: the CLI's findings, counted and moved by {@code --today}. */
class ComplianceReportTest {

    static final Path FIXTURE = Sites.FIXTURES.resolve(HandbookSiteTest.FIXTURE);

    @TempDir
    Path tmp;

    private Document report(String today) {
        Path out = tmp.resolve(today);
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content", FIXTURE.toString(),
                "--templates", out.resolve("none").toString(), "--out", out.toString(), "--today", today);
        assertEquals(0, r.exitCode(), r.stderr());
        return Jsoup.parse(Sites.read(out, "internal/efterlevnad/index.html"));
    }

    /** "rule | channel | message" for every finding row, in page order. */
    private static List<String> findings(Document d) {
        return d.select("table.findings-table tbody tr").stream()
                .map(tr -> tr.child(0).text() + " | " + tr.child(1).selectFirst("a").text() + " | " + tr.child(2).text())
                .toList();
    }

    @Test
    void theFixtureFiresEveryRuleExactlyOnce() {
        Checked checked = new Kanalregister(Path.of("")).check(FIXTURE, LocalDate.of(2026, 11, 21));
        Map<ComplianceRule, Integer> counts = new EnumMap<>(ComplianceRule.class);
        for (Finding f : checked.findings()) counts.merge(f.rule(), 1, Integer::sum);
        Map<ComplianceRule, Integer> once = new EnumMap<>(ComplianceRule.class);
        for (ComplianceRule r : ComplianceRule.values()) once.put(r, 1);
        assertEquals(once, counts);
    }

    @Test
    void reportShowsTheSameFindingsAsTheCli() {
        CliRun check = CliRun.run(Path.of("").toAbsolutePath(), "check", "--content", FIXTURE.toString(), "--today", "2026-11-21");
        List<String> cli = Arrays.stream(check.stderr().split("\n"))
                .filter(l -> l.contains(": varning: "))
                .map(l -> l.substring(l.indexOf(": varning: ") + ": varning: ".length()))
                .sorted().toList();
        List<String> page = report("2026-11-21").select("table.findings-table tbody td:nth-child(3)").eachText()
                .stream().sorted().toList();
        assertEquals(11, cli.size());
        assertEquals(cli, page);
    }

    @Test
    void findingsAreGroupedByUnitAndMostUrgentFirst() {
        Document d = report("2026-11-21");
        assertEquals(List.of("Kommunledningsförvaltningen", "Kultur- och fritidsförvaltningen", "Räddningstjänsten",
                "Samhällsbyggnadsförvaltningen", "Ängby skola"), d.select("section.unit-findings h3").eachText());
        assertEquals(List.of("Ingen aktivitet", "Kanalägare", "Ersättare", "Beslut", "Slutdatum"),
                d.select("#enhet-kommunledningsforvaltningen + div table tbody td:first-child").eachText());
    }

    @Test
    void todayMovesWhatIsOverdue() {
        Document now = report("2026-11-21");
        Document later = report("2027-01-15");
        List<String> before = findings(now);
        List<String> after = findings(later);
        assertNotEquals(before, after);
        String snapshotDue = "Ögonblicksbild | Kultur & \"fritid\" <i Testby> | senaste ögonblicksbild 2026-06-01, äldre än 6 månader"
                + " — arkivera kanalen och uppdatera internal.last_snapshot";
        assertEquals(false, before.contains(snapshotDue));
        assertEquals(true, after.contains(snapshotDue));
        // Due within 30 days on the first date; overdue, so no longer "due", on the second.
        assertEquals(List.of("Kultur & \"fritid\" <i Testby>"), now.select("#hb_due ~ div table tbody th a").eachText());
        assertEquals("0", later.select(".figures li").get(3).selectFirst(".figure").text());
        assertEquals("1", now.select(".figures li").get(3).selectFirst(".figure").text());
    }

    @Test
    void keyFiguresCountChannelsAndFindings() {
        Document d = report("2026-11-21");
        assertEquals(List.of("12", "17 %", "11", "1"), d.select(".figures .figure").eachText());
        assertEquals(List.of("Instagram 4 3 1", "Facebook 3 3 1", "LinkedIn 1 1 0", "Mastodon 1 1 0", "TikTok 1 1 0",
                "X 1 0 0", "YouTube 1 1 0"), d.select("#hb_platforms ~ div table tbody tr").eachText());
    }
}
