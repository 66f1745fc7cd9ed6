package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** The sitemap lists exactly the language editions the public site writes. */
class SitemapEditionsTest {

    @Test
    void anEnglishFirstOrganisationGetsItsSwedishEditionListed(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml",
                ContentDir.ORGANISATION + "language: en\nlanguages: [en, sv]\n");
        CliRun r = d.run("build", "--out", "site");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.isRegularFile(tmp.resolve("site/public/sv/index.html")), "the Swedish edition is written");
        String sitemap = Files.readString(tmp.resolve("site/public/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://www.testby.se/sociala-medier/sv/</loc>"), sitemap);
        assertTrue(!sitemap.contains("/en/</loc>"), "English is the root here, not a folder: " + sitemap);
    }

    @Test
    void aPageMayNotTakeAnEditionsFolder(@TempDir Path tmp) throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/pages/sv.md", "---\ntitle: Svenska\n---\n\nText.\n").run("check");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("content/pages/sv.md:1:1: fel: sidnamnet \"sv\" används av verktyget självt — döp om filen\n"),
                r.stderr());
    }
}
