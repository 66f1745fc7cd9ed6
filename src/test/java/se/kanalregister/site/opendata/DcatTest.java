package se.kanalregister.site.opendata;

import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.Templates;
import se.kanalregister.text.Messages;

class DcatTest {

    private static Dcat dcat(Organisation o) {
        return new Dcat(o, SiteAddress.of(o), Messages::forLanguage);
    }

    @Test
    void namesThePublisherByTheDataPortalsIdentifierWhenTheOrgNumberIsKnown() {
        String doc = "https://www.stora.se/kanaler/dcat.rdf";
        assertEquals("http://dataportal.se/organisation/SE2120002940",
                dcat(TestChannels.organisation("212000-2940", null)).publisherUri(doc));
        assertEquals(doc + "#publisher", dcat(TestChannels.organisation(null, null)).publisherUri(doc));
        assertEquals(doc + "#publisher", dcat(TestChannels.organisation("12-34", null)).publisherUri(doc), "not ten digits");
    }

    @Test
    void leavesOutWhatTheOrganisationDoesNotHaveAndStaysWellFormed() throws IOException {
        Organisation o = TestChannels.organisation(null, null);
        DcatView view = dcat(o).view(List.of());
        assertNull(view.contact().email());
        assertNull(view.dataset().modified());
        assertNull(view.publisher().identifier());
        String rdf = new Templates(null, Path.of("")).render("opendata/dcat.ftlx", view, Messages.forLanguage("sv"));
        StrictXml.parse(rdf);
        assertFalse(rdf.contains("hasEmail") || rdf.contains("dcterms:identifier") || rdf.contains("dcterms:modified"), rdf);
    }

    @Test
    void givesTextsInEveryLanguageWithABundleOnce() {
        DcatView view = dcat(TestChannels.organisation(null, null)).view(List.of());
        assertEquals(List.of("sv", "en"), view.catalog().titles().stream().map(DcatView.Text::lang).toList());
        assertTrue(view.catalog().languages().contains("http://publications.europa.eu/resource/authority/language/SWE"));
    }

    @Test
    void namesTheAreaInTheSwedishProfilesGeonamesFormOnlyWhenTheOrganisationGivesOne() throws IOException {
        DcatView with = dcat(TestChannels.organisation(null, null, "2673730")).view(List.of());
        assertEquals("http://sws.geonames.org/2673730", with.catalog().spatial());
        assertEquals(with.catalog().spatial(), with.dataset().spatial());
        assertTrue(with.typed().contains(new DcatView.Typed("http://sws.geonames.org/2673730", "dcterms:Location", List.of())));
        DcatView without = dcat(TestChannels.organisation(null, null)).view(List.of());
        assertNull(without.catalog().spatial());
        String rdf = new Templates(null, Path.of("")).render("opendata/dcat.ftlx", without, Messages.forLanguage("sv"));
        assertFalse(rdf.contains("spatial") || rdf.contains("dcterms:Location"), rdf);
    }
}
