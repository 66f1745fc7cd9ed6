package se.kanalregister.site.pub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.testing.Sites;

/**
 * A base_url with an international host: machines get one ASCII URL per page (canonical
 * link = sitemap entry), people read the name as the organisation wrote it.
 */
class InternationalBaseUrlTest {

    private static final String ASCII = "https://www.xn--by-xia.se/sociala-medier/";
    private static final String WRITTEN = "https://www.åby.se/sociala-medier/";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        ContentDir content = ContentDir.valid(tmp).write("content/organisation.yaml",
                ContentDir.ORGANISATION.replace("https://www.testby.se/sociala-medier/", WRITTEN));
        site = Sites.build(content.root().resolve("content").toString(), tmp.resolve("site"));
    }

    @Test
    void canonicalLinksAreTheSitemapsAsciiUrls() {
        String page = Sites.read(site, "public/kanaler/kultur/index.html");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + ASCII + "kanaler/kultur/\">"), page);
        assertTrue(Sites.read(site, "public/sitemap.xml").contains("<loc>" + ASCII + "kanaler/kultur/</loc>"));
    }

    @Test
    void infoTextsShowTheNameAsWritten() {
        String text = Sites.read(site, "public/kanaler/kultur/info.txt");
        assertTrue(text.contains(WRITTEN + "kanaler/kultur/"), text);
        assertTrue(text.contains(WRITTEN + "regler/"), text);
        assertFalse(text.contains("xn--"), text);
    }

    @Test
    void theAccessibilityStatementNamesTheSiteAsWritten() {
        String page = Sites.read(site, "public/tillganglighet/index.html");
        assertTrue(page.contains("www.åby.se/sociala-medier."), page);
    }
}
