package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.Kanalregister;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.testing.Golden;
import se.kanalregister.testing.Sites;

/** The handbook as built from the every-rule fixture: whole pages, links, ids and escaping. */
class HandbookSiteTest {

    static final String FIXTURE = "handbook-every-rule";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = Sites.build(FIXTURE, tmp.resolve("site"));
    }

    static Document page(String relative) {
        return Jsoup.parse(Sites.read(site, "internal/" + relative));
    }

    @Test
    void theReviewPageTiesEverySentenceToItsProvisionForEachCombinationInUse() {
        Document d = page("granskning/index.html");
        List<String> titles = d.select("section > h2").eachText();
        assertTrue(titles.contains("Testby kommun har handlingarna · Aktiv · kommentarer: Ja · meddelanden: Ja"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.endsWith("· Avslutad")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.endsWith("· Överlämnad")), titles.toString());
        assertEquals(titles.size(), d.select("nav ol li a").size(), "a contents entry per combination");
        for (org.jsoup.nodes.Element row : d.select("tbody tr")) {
            assertEquals(2, row.select("td").size());
            assertFalse(row.select("td").get(1).text().isBlank(), "every sentence has a provision or a note: " + row.text());
            assertFalse(row.text().contains("\u0001") || row.text().contains("\u0003"), "no marker reaches the page");
        }
        org.jsoup.nodes.Element law = d.select("tbody tr").stream().filter(r -> r.text().startsWith("Vi håller uppsikt"))
                .findFirst().orElseThrow();
        assertEquals("BBS-lagen 4 §", law.select("td").get(1).text());
        org.jsoup.nodes.Element removal = d.select("tbody tr").stream().filter(r -> r.text().startsWith("Enligt lag måste vi"))
                .findFirst().orElseThrow();
        assertTrue(removal.select("td").get(1).text().startsWith("BBS-lagen 5 §"), removal.text());
    }

    @Test
    void chapterPageMatchesGolden() throws IOException {
        Golden.assertMatches("handbook/chapter-02-andra.html", Sites.read(site, "internal/handbok/02-andra/index.html"));
    }

    @Test
    void complianceReportMatchesGolden() throws IOException {
        Golden.assertMatches("handbook/efterlevnad.html", Sites.read(site, "internal/efterlevnad/index.html"));
    }

    @Test
    void writesEveryHandbookPage() {
        List<String> pages = Sites.files(site.resolve("internal")).stream().filter(f -> f.endsWith(".html")).toList();
        assertEquals(List.of("checklista/index.html", "efterlevnad/index.html", "granskning/index.html",
                "handbok/01-forsta/index.html", "handbok/02-andra/index.html", "handbok/03-tredje/index.html",
                "handbok/index.html", "index.html", "infotexter/index.html",
                "register/bra-kanal/index.html", "register/en-admin/index.html", "register/fel-adress/index.html",
                "register/fel-epost/index.html", "register/gammal-bild/index.html", "register/index.html",
                "register/overlamnad/index.html", "register/stangd-utan-datum/index.html", "register/tyst-kanal/index.html",
                "register/utan-agare/index.html", "register/utan-beslut/index.html", "register/utan-ersattare/index.html",
                "register/utan-gallring/index.html", "utskrift/index.html"), pages);
    }

    @Test
    void writesExactlyThePagesTheLayoutPromisesLinksCanReach() {
        Register register = new Kanalregister(Path.of("")).check(Sites.FIXTURES.resolve(FIXTURE), LocalDate.of(2026, 11, 21))
                .register();
        Set<String> written = new TreeSet<>();
        for (String f : Sites.files(site.resolve("internal"))) {
            if (f.endsWith("index.html")) written.add(f.substring(0, f.length() - "index.html".length()));
        }
        assertEquals(new TreeSet<>(Layout.internalRoutes(register)), written);
    }

    @Test
    void tableOfContentsLinksToTheChaptersHeadingIds() {
        for (String slug : List.of("01-forsta", "02-andra", "03-tredje")) {
            Document d = page("handbok/" + slug + "/index.html");
            List<String> tocIds = d.select("nav.toc a").eachAttr("href").stream().map(h -> h.substring(1)).toList();
            List<String> headingIds = d.select(".prose h2, .prose h3").eachAttr("id");
            assertEquals(headingIds, tocIds, slug);
            List<String> allIds = d.select("[id]").eachAttr("id");
            assertEquals(allIds.size(), allIds.stream().distinct().count(), () -> slug + ": duplicate ids " + allIds);
        }
        assertEquals(List.of("inledning", "sa-gor-du", "atgarder-citat-nar-3-5", "tabell", "inledning-2"),
                page("handbok/01-forsta/index.html").select("nav.toc a").eachAttr("href").stream()
                        .map(h -> h.substring(1)).toList());
    }

    @Test
    void chapterHasPreviousAndNextLinksInOrder() {
        Document middle = page("handbok/02-andra/index.html");
        assertEquals("../../handbok/01-forsta/index.html", middle.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../../handbok/03-tredje/index.html", middle.selectFirst("a[rel=next]").attr("href"));
        assertTrue(page("handbok/01-forsta/index.html").select("a[rel=prev]").isEmpty());
        assertTrue(page("handbok/03-tredje/index.html").select("a[rel=next]").isEmpty());
    }

    @Test
    void registerPageShowsWhatAnOwnerNeedsAtAGlanceAndTheRestOnTheChannelsPage() {
        Document d = page("register/index.html");
        assertEquals(12, d.select("table.register tbody tr").size());
        assertEquals(List.of("Kanal", "Plattform", "Enhet", "Kanalägare", "Status", "Nästa att göra"),
                d.select("table.register thead th").eachText().stream().map(t -> t.replaceAll("[^\\p{L} ]", "").strip()).toList());
        assertEquals(List.of("text", "text", "text", "text", "text", "date"),
                d.select("table.register thead th[data-sort]").eachAttr("data-sort"));
        Element row = d.selectFirst("table.register tbody tr:has(a[href$=bra-kanal/index.html])");
        assertEquals(List.of("Kultur & \"fritid\" <i Testby>bra-kanal", "Facebook@testbykultur", "Kultur- och fritidsförvaltningen",
                "Anna Andersson", "Aktiv", "2026-12-01ögonblicksbild"), row.select("th, td").eachText());  // .sub is a line of its own
        String all = page("register/bra-kanal/index.html").selectFirst("main").text();
        for (String internal : List.of("Anna Andersson", "Bo Berg", "Kommunikationsenheten", "Kultur- och fritidschef",
                "2019-05-01", "2026-06-01", "2026-12-01", "2026-11-10", "Dokumenthanteringsplan KFN, avsnitt 4.2",
                "<script>alert(\"intern\")</script> Ring Bo vid kris.")) {
            assertTrue(all.contains(internal), () -> "missing " + internal + " in " + all);
        }
    }

    @Test
    void channelPageShowsItsFindingsAndInternalFields() {
        Document d = page("register/gammal-bild/index.html");
        assertEquals(List.of("Ögonblicksbild internal.last_snapshot senaste ögonblicksbild 2026-03-01, äldre än 6 månader"
                + " — arkivera kanalen och uppdatera internal.last_snapshot"), d.select(".finding-list li").eachText());
        String internal = d.selectFirst("section:has(#hb_internal) dl").text();
        assertTrue(internal.contains("Cecilia Ceder") && internal.contains("David Dahl") && internal.contains("Bibliotekschef"));
        assertEquals("Inga anmärkningar. Kanalen klarar alla kontroller.",
                page("register/bra-kanal/index.html").selectFirst(".findings p.ok").text());
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String register = Sites.read(site, "internal/register/index.html");
        assertTrue(register.contains("Kultur &amp; &quot;fritid&quot; &lt;i Testby&gt;"));
        assertTrue(Sites.read(site, "internal/register/bra-kanal/index.html")
                .contains("&lt;script&gt;alert(&quot;intern&quot;)&lt;/script&gt;"));
        for (String f : Sites.files(site.resolve("internal"))) {
            if (!f.endsWith(".html")) continue;
            String html = Sites.read(site, "internal/" + f);
            assertFalse(html.contains("<script>alert"), f);
            assertFalse(html.contains("<i Testby>"), f);
        }
    }

    @Test
    void everyLocalLinkAndFragmentExists() throws IOException {
        Path root = site.resolve("internal");
        List<String> problems = new ArrayList<>();
        for (String f : Sites.files(root)) {
            if (!f.endsWith(".html")) continue;
            Path file = root.resolve(f);
            Document d = Jsoup.parse(Files.readString(file));
            for (Element a : d.select("a[href], link[href], script[src]")) {
                String href = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (href.matches("^[a-z]+:.*")) continue;
                int hash = href.indexOf('#');
                String path = hash < 0 ? href : href.substring(0, hash);
                String fragment = hash < 0 ? "" : href.substring(hash + 1);
                Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                if (!target.startsWith(root)) problems.add(f + ": " + href + " leaves the handbook");
                else if (root.relativize(target).toString().startsWith("infotexter/")) continue; // the public part writes it
                else if (root.relativize(target).toString().equals("assets/site.css")
                        || root.relativize(target).toString().equals("assets/site.js")) continue; // the public part's assets
                else if (!Files.isRegularFile(target)) problems.add(f + ": " + href + " does not exist");
                else if (!fragment.isEmpty() && Jsoup.parse(Files.readString(target)).getElementById(fragment) == null) {
                    problems.add(f + ": " + href + " has no id " + fragment);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void printEditionHoldsEveryChapterWithUniqueIdsAndInPageLinks() {
        Document d = page("utskrift/index.html");
        assertEquals(List.of("kapitel-01-forsta", "kapitel-02-andra", "kapitel-03-tredje"),
                d.select("section.printed-chapter").eachAttr("id"));
        List<String> ids = d.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), () -> "duplicate ids " + ids);
        assertEquals(List.of("#kapitel-02-andra", "#02-andra--sista-steget", "../register/index.html",
                "../efterlevnad/index.html", "#01-forsta--tabell"),
                d.select("#kapitel-01-forsta .prose a").eachAttr("href"));
        assertEquals(List.of("h3", "h4", "h4", "h3", "h3"),
                d.selectFirst("#kapitel-01-forsta .prose").select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());
    }

    @Test
    void checklistsNameTheRegistersFields() {
        Document d = page("checklista/index.html");
        assertEquals(List.of("open", "run", "handover", "close"), d.select("section.checklist").eachAttr("id"));
        assertTrue(d.select("ol.steps code").eachText().contains("internal.last_snapshot"));
        assertEquals(List.of("Varje arbetsdag", "Med högst 6 månaders mellanrum", "En gång om året"),
                d.select("#run h3").eachText());
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path other = Sites.build(FIXTURE, tmp.resolve("again"));
        List<String> files = Sites.files(site.resolve("internal"));
        assertEquals(files, Sites.files(other.resolve("internal")));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(site.resolve("internal").resolve(f)),
                    Files.readAllBytes(other.resolve("internal").resolve(f)), f);
        }
    }

    @Test
    void builtInAssetsAreCopiedIntoTheHandbook() throws IOException {
        for (String asset : List.of("internal.css", "internal.js")) {
            assertArrayEquals(Files.readAllBytes(Path.of("templates/assets").resolve(asset)),
                    Files.readAllBytes(site.resolve("internal/assets").resolve(asset)), asset);
        }
    }
}
