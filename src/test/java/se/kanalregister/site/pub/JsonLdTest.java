package se.kanalregister.site.pub;

import se.kanalregister.testing.StrictJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.kanalregister.Kanalregister;
import se.kanalregister.model.Register;
import se.kanalregister.testing.Sites;

class JsonLdTest {

    static Register small() {
        return new Kanalregister(Path.of("")).check(Sites.FIXTURES.resolve("opendata-small"), LocalDate.of(2026, 11, 21)).register();
    }

    @Test
    void describesTheOrganisationWithItsActiveChannelsAndContactPoint() {
        JsonNode ld = StrictJson.parse(JsonLd.organisation(small()));
        assertEquals("https://schema.org", ld.get("@context").textValue());
        assertEquals("GovernmentOrganization", ld.get("@type").textValue());
        assertEquals("Testby kommun", ld.get("name").textValue());
        assertEquals("https://www.testby.se", ld.get("url").textValue());
        assertEquals("212000-0000", ld.get("identifier").get("value").textValue());
        assertEquals(List.of("https://www.instagram.com/formel/", "https://www.facebook.com/testbykommun",
                "https://www.whatsapp.com/channel/TestbySamegiella"), StrictJson.strings(ld.get("sameAs")),
                "active channels only, in id order");
        JsonNode cp = ld.get("contactPoint");
        assertEquals("ContactPoint", cp.get("@type").textValue());
        assertEquals("kontakt@testby.se", cp.get("email").textValue());
        assertEquals("+4612310000", cp.get("telephone").textValue());
        assertEquals("https://www.testby.se/synpunkter", cp.get("url").textValue());
        assertEquals(List.of("sv", "en"), StrictJson.strings(cp.get("availableLanguage")));
    }

    @Test
    void staysInsideItsScriptElementWhateverTheNamesHold() {
        Register r = small();
        var o = r.organisation();
        var evil = new se.kanalregister.model.Organisation("</script><script>alert(1)</script><!--", o.website(), o.baseUrl(),
                o.language(), o.languages(), o.contact(), o.privacyUrl(), o.guidelinesUrl(), o.officialEmailDomains(),
                o.hours(), o.responseTime(), o.rules(), o.review(), "1 & 2 > 0", o.accessibility(), o.timeZone(), o.geonamesId(),
                o.authorities());
        String json = JsonLd.organisation(evil, r.channels());
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><script type=\"application/ld+json\">" + json
                + "</script></head><body><p>after</p></body></html>");
        List<Element> scripts = page.select("script");
        assertEquals(1, scripts.size());
        assertEquals(json, scripts.get(0).data());
        assertEquals("</script><script>alert(1)</script><!--", StrictJson.parse(scripts.get(0).data()).get("name").textValue());
    }
}
