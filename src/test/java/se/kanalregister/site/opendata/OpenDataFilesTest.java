package se.kanalregister.site.opendata;

import se.kanalregister.testing.StrictJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Golden;
import se.kanalregister.testing.Sites;

/** The files of a built fixture, each read by a real parser and held to its format and to docs/open-data.md. */
class OpenDataFilesTest {

    static final String BASE = "https://www.testby.se/sociala-medier/";
    static final List<String> RESULT_KEYS = List.of("id", "name", "name_language", "platform", "platform_name", "url",
            "handle", "unit", "responsible", "purpose", "audience", "central", "languages", "comments", "messages",
            "contact", "status", "started", "ended", "successor", "history", "page", "authority");
    static final List<String> METADATA_KEYS = List.of("schema_version", "title", "language", "organisation", "count",
            "count_by_status", "modified", "license", "register", "files");

    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        site = Sites.build("opendata-small", out).resolve("public");
    }

    static String file(String name) {
        return Sites.read(site, name);
    }

    @Test
    void writesEveryFileItPromises() {
        for (String f : OpenData.FILES) assertTrue(java.nio.file.Files.isRegularFile(site.resolve(f)), f);
    }

    @Test
    void kanalerJsonHasTheDocumentedShape() {
        JsonNode root = StrictJson.parse(file("kanaler.json"));
        assertEquals(List.of("$schema", "metadata", "results"), StrictJson.names(root));
        assertEquals(BASE + "schemas/kanaler.schema.json", root.get("$schema").textValue());
        JsonNode meta = root.get("metadata");
        assertEquals(METADATA_KEYS, StrictJson.names(meta));
        assertEquals("1.1", meta.get("schema_version").textValue());
        assertEquals("Testby kommun", meta.get("organisation").get("name").textValue());
        assertEquals("212000-0000", meta.get("organisation").get("org_number").textValue());
        assertEquals(5, meta.get("count").intValue());
        assertEquals(3, meta.get("count_by_status").get("active").intValue());
        assertEquals(1, meta.get("count_by_status").get("closed").intValue());
        assertEquals(1, meta.get("count_by_status").get("transferred").intValue());
        assertEquals("2025-09-01", meta.get("modified").textValue());
        assertEquals("CC0-1.0", meta.get("license").get("id").textValue());
        assertEquals(BASE + "kanaler.csv", meta.get("files").get("kanaler.csv").textValue());
        JsonNode results = root.get("results");
        assertEquals(5, results.size());
        List<String> ids = new ArrayList<>();
        for (JsonNode r : results) {
            assertEquals(RESULT_KEYS, StrictJson.names(r), r.get("id").textValue());
            assertEquals(List.of("email", "phone", "url"), StrictJson.names(r.get("contact")));
            assertEquals(BASE + "kanaler/" + r.get("id").textValue() + "/", r.get("page").textValue());
            ids.add(r.get("id").textValue());
        }
        assertEquals(List.of("formel-instagram", "kommunen-facebook", "overlamnad-tiktok", "samegiella-whatsapp", "stangd-x"), ids);
    }

    @Test
    void kanalerJsonKeepsEveryTextExactly() {
        JsonNode results = StrictJson.parse(file("kanaler.json")).get("results");
        JsonNode formel = results.get(0);
        assertEquals("=HYPERLINK(\"https://evil.example\",\"klicka\")", formel.get("purpose").textValue());
        assertEquals(List.of("Unga | vuxna", "+46-gruppen", "back\\slash", "'citat"), StrictJson.strings(formel.get("audience")));
        assertEquals("https://www.testby.se/formel", formel.get("contact").get("url").textValue());
        JsonNode kommunen = results.get(1);
        assertEquals("Testby \"Officiell\" & <Kommun>", kommunen.get("name").textValue());
        assertEquals("Nyheter, \"driftinformation\" och svar på frågor.\nAndra raden; med semikolon.", kommunen.get("purpose").textValue());
        assertTrue(kommunen.get("central").booleanValue());
        assertEquals("kontakt@testby.se", kommunen.get("contact").get("email").textValue(), "the organisation's e-mail as fallback");
        assertEquals("Andra ändringen samma dag, med radbrytning för JavaScript:\u2028 slut.",
                kommunen.get("history").get(2).get("text").textValue());
        JsonNode closed = results.get(4);
        assertEquals("closed", closed.get("status").textValue());
        assertEquals("2024-06-30", closed.get("ended").textValue());
        assertEquals("https://www.testby.se/nyheter", closed.get("successor").textValue());
        JsonNode whatsapp = results.get(3);
        assertEquals("other", whatsapp.get("platform").textValue());
        assertEquals("WhatsApp", whatsapp.get("platform_name").textValue());
        assertEquals("se", whatsapp.get("name_language").textValue());
        assertTrue(whatsapp.get("handle").isNull());
        assertFalse(whatsapp.get("comments").booleanValue());
    }

    @Test
    void kanalerCsvIsRfc4180WithABomAndHoldsTheSameRowsAsTheJson() {
        String text = file("kanaler.csv");
        assertEquals('\uFEFF', text.charAt(0), "a UTF-8 byte order mark for Excel");
        List<List<String>> records = StrictCsv.parse(text.substring(1));
        assertEquals(ChannelsCsv.HEADER, records.get(0));
        JsonNode results = StrictJson.parse(file("kanaler.json")).get("results");
        assertEquals(results.size(), records.size() - 1);
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            List<String> row = records.get(i + 1);
            for (int col = 0; col < row.size(); col++) {
                String name = ChannelsCsv.HEADER.get(col);
                assertEquals(expectedCell(r, name), cellValue(name, row.get(col)), r.get("id").textValue() + "." + name);
            }
        }
    }

    @Test
    void kanalerCsvHasNoCellASpreadsheetWouldRun() {
        List<List<String>> records = StrictCsv.parse(file("kanaler.csv").substring(1));
        for (List<String> row : records) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "unguarded cell: " + cell);
            }
        }
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"klicka\")", records.get(1).get(9));
        assertEquals("'=Kultur", records.get(1).get(7));
        assertEquals("'@formel", records.get(1).get(6));
        assertEquals("'+46 123 100 10", records.get(1).get(16));
    }

    /** What a CSV cell holds, read back as docs/open-data.md describes: guard removed, lists split. */
    private static Object cellValue(String column, String cell) {
        String v = StrictCsv.unguard(cell);
        return switch (column) {
            case "audience", "languages", "history" -> StrictCsv.splitList(v);
            default -> v;
        };
    }

    private static Object expectedCell(JsonNode r, String column) {
        if (column.startsWith("contact_")) return text(r.get("contact").get(column.substring("contact_".length())));
        if (column.startsWith("authority")) {
            JsonNode a = r.get("authority");
            if (a.isNull()) return "";
            return text(a.get(column.equals("authority") ? "id" : column.substring("authority_".length())));
        }
        return switch (column) {
            case "audience", "languages" -> StrictJson.strings(r.get(column));
            case "history" -> {
                List<String> h = new ArrayList<>();
                for (JsonNode e : r.get("history")) h.add(e.get("date").textValue() + " " + e.get("text").textValue());
                yield h;
            }
            default -> text(r.get(column));
        };
    }

    private static String text(JsonNode n) {
        return n.isNull() ? "" : n.asText();
    }

    @Test
    void verificationIndexFindsChannelsByAccountIdentity() {
        JsonNode index = StrictJson.parse(file("verifiering.json"));
        assertEquals(List.of("metadata", "identities", "rules"), StrictJson.names(index));
        assertEquals("2.0", index.get("metadata").get("schema_version").textValue());
        JsonNode byIdentity = index.get("identities");
        // a resident's spelling, read by the same rules the index was written with, finds the channel
        var typed = se.kanalregister.account.AccountParser.read("https://m.facebook.com/Testby.Kommun/posts/1?ref=share");
        JsonNode hit = byIdentity.get(typed.identities().get(0).id());
        assertNotNull(hit, typed.toString());
        assertEquals("kommunen-facebook", hit.get("id").textValue());
        assertEquals("kanaler/kommunen-facebook/", hit.get("page").textValue());
        assertEquals(BASE + "kanaler/kommunen-facebook/", hit.get("page_url").textValue());
        assertEquals("closed", byIdentity.get("x:username:testby").get("status").textValue());
        assertEquals("transferred", byIdentity.get("tiktok:username:festivalen").get("status").textValue());
        assertNotNull(byIdentity.get("web:url:www.whatsapp.com/channel/TestbySamegiella"), "another site: the exact address");
        assertEquals(1, index.get("rules").get("version").intValue());
        assertFalse(file("verifiering.json").contains("<"), "script-safe: <Kommun> is escaped");
    }

    @Test
    void feedIsWellFormedAtomWithEveryRequiredElement() {
        var doc = StrictXml.parse(file("feed.xml"));
        var feed = doc.getDocumentElement();
        assertEquals(StrictXml.ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(BASE + "feed.xml", StrictXml.text(feed, StrictXml.ATOM, "id"));
        assertEquals("Kanaler i sociala medier – Testby kommun", StrictXml.text(feed, StrictXml.ATOM, "title"));
        assertEquals("2025-09-01T00:00:00Z", StrictXml.text(feed, StrictXml.ATOM, "updated"));
        assertEquals("Testby kommun", StrictXml.text(StrictXml.child(feed, StrictXml.ATOM, "author"), StrictXml.ATOM, "name"));
        var entries = StrictXml.children(feed, StrictXml.ATOM, "entry");
        assertEquals(10, entries.size(), "5 started, 3 history, 1 closed, 1 transferred");
        List<String> ids = new ArrayList<>();
        String previous = "9999";
        for (var e : entries) {
            String id = StrictXml.text(e, StrictXml.ATOM, "id");
            assertTrue(id.matches("tag:www\\.testby\\.se,\\d{4}-\\d\\d-\\d\\d:/sociala-medier/kanaler/[a-z0-9-]+/[a-z]+(/.*)?"), id);
            ids.add(id);
            assertFalse(StrictXml.text(e, StrictXml.ATOM, "title").isBlank());
            String updated = StrictXml.text(e, StrictXml.ATOM, "updated");
            assertTrue(updated.matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z"), updated);
            assertTrue(updated.compareTo(previous) <= 0, "newest first");
            previous = updated;
            String href = StrictXml.child(e, StrictXml.ATOM, "link").getAttribute("href");
            assertTrue(href.startsWith(BASE + "kanaler/"), href);
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "entry ids are unique");
        assertTrue(file("feed.xml").startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "));
    }

    @Test
    void feedEntriesSayWhatHappened() {
        var entries = StrictXml.children(StrictXml.parse(file("feed.xml")).getDocumentElement(), StrictXml.ATOM, "entry");
        var transferred = entries.get(0);
        assertEquals("Överlämnad kanal: Festivalen på TikTok", StrictXml.text(transferred, StrictXml.ATOM, "title"));
        assertEquals("Kanalen drivs inte längre av Testby kommun. I stället: Festivalföreningen driver kontot vidare.",
                StrictXml.text(transferred, StrictXml.ATOM, "summary"));
        assertEquals("transferred", StrictXml.child(transferred, StrictXml.ATOM, "category").getAttribute("term"));
        var history = entries.get(5);
        assertEquals("tag:www.testby.se,2020-05-04:/sociala-medier/kanaler/kommunen-facebook/history/2020-05-04/2",
                StrictXml.text(history, StrictXml.ATOM, "id"));
        assertEquals("Ändring: Testby \"Officiell\" & <Kommun> på Facebook", StrictXml.text(history, StrictXml.ATOM, "title"));
    }

    @Test
    void sitemapListsEveryPublicPageWithAbsoluteUrls() {
        var doc = StrictXml.parse(file("sitemap.xml"));
        assertEquals(StrictXml.SITEMAP, doc.getDocumentElement().getNamespaceURI());
        List<String> locs = StrictXml.all(doc, StrictXml.SITEMAP, "loc").stream().map(e -> e.getTextContent()).toList();
        List<String> expected = new ArrayList<>();
        for (String p : List.of("", "en/", "regler/", "tillganglighet/", "om-registret/", "kanaler/formel-instagram/",
                "kanaler/kommunen-facebook/", "kanaler/overlamnad-tiktok/", "kanaler/samegiella-whatsapp/", "kanaler/stangd-x/")) {
            expected.add(BASE + p);
        }
        assertEquals(expected, locs);
    }

    @Test
    void robotsAllowsEverythingAndNamesTheSitemap() {
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: " + BASE + "sitemap.xml\n", file("robots.txt"));
    }

    @Test
    void dcatIsRdfWithCatalogDatasetDistributionsPublisherAndContact() {
        var doc = StrictXml.parse(file("dcat.rdf"));
        var root = doc.getDocumentElement();
        assertEquals(StrictXml.RDF, root.getNamespaceURI());
        assertEquals("RDF", root.getLocalName());
        var catalog = StrictXml.child(root, StrictXml.DCAT, "Catalog");
        assertEquals(Dcat.CC0, StrictXml.child(catalog, StrictXml.DCTERMS, "license").getAttributeNS(StrictXml.RDF, "resource"));
        assertEquals(2, StrictXml.children(catalog, StrictXml.DCTERMS, "title").size(), "Swedish and English");
        var dataset = StrictXml.child(root, StrictXml.DCAT, "Dataset");
        String datasetUri = dataset.getAttributeNS(StrictXml.RDF, "about");
        assertEquals(datasetUri, StrictXml.child(catalog, StrictXml.DCAT, "dataset").getAttributeNS(StrictXml.RDF, "resource"));
        assertFalse(StrictXml.children(dataset, StrictXml.DCTERMS, "description").isEmpty());
        var distributions = StrictXml.children(root, StrictXml.DCAT, "Distribution");
        assertEquals(2, distributions.size());
        List<String> urls = new ArrayList<>();
        for (var d : distributions) {
            String access = StrictXml.child(d, StrictXml.DCAT, "accessURL").getAttributeNS(StrictXml.RDF, "resource");
            assertTrue(java.net.URI.create(access).isAbsolute() && access.startsWith(BASE), access);
            urls.add(access);
            assertTrue(StrictXml.child(d, StrictXml.DCTERMS, "format").getAttributeNS(StrictXml.RDF, "resource")
                    .startsWith(Dcat.FILE_TYPE), "a term of the EU file-type list");
            assertEquals(Dcat.CC0, StrictXml.child(d, StrictXml.DCTERMS, "license").getAttributeNS(StrictXml.RDF, "resource"));
        }
        assertEquals(List.of(BASE + "kanaler.json", BASE + "kanaler.csv"), urls);
        var publisher = StrictXml.child(root, StrictXml.FOAF, "Agent");
        assertEquals("http://dataportal.se/organisation/SE2120000000", publisher.getAttributeNS(StrictXml.RDF, "about"),
                "the data portal's identifier, made from org_number");
        assertEquals(publisher.getAttributeNS(StrictXml.RDF, "about"),
                StrictXml.child(dataset, StrictXml.DCTERMS, "publisher").getAttributeNS(StrictXml.RDF, "resource"));
        assertEquals("Testby kommun", StrictXml.text(publisher, StrictXml.FOAF, "name"));
        assertEquals("212000-0000", StrictXml.text(publisher, StrictXml.DCTERMS, "identifier"));
        var contact = StrictXml.child(root, StrictXml.VCARD, "Organization");
        assertEquals("mailto:kontakt@testby.se", StrictXml.child(contact, StrictXml.VCARD, "hasEmail").getAttributeNS(StrictXml.RDF, "resource"));
    }

    @Test
    void goldenKanalerJson() throws Exception {
        Golden.assertMatches("opendata/kanaler.json", file("kanaler.json"));
    }

    @Test
    void goldenKanalerCsv() throws Exception {
        Golden.assertMatches("opendata/kanaler.csv", file("kanaler.csv"));
    }

    @Test
    void goldenFeed() throws Exception {
        Golden.assertMatches("opendata/feed.xml", file("feed.xml"));
    }
}
