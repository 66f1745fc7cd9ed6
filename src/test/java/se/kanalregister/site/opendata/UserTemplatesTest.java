package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;

/** An organisation's own templates/opendata/ replaces a built-in template file by file, as docs/open-data.md promises. */
class UserTemplatesTest {

    @TempDir
    Path tmp;

    @Test
    void aUserTemplateReplacesTheBuiltInOne() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("opendata"));
        Files.writeString(templates.resolve("opendata/robots.ftl"), "User-agent: *\nDisallow: /utkast/\n\nSitemap: ${sitemapUrl}\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content",
                Sites.FIXTURES.resolve("opendata-small").toString(), "--templates", templates.toString(), "--out",
                out.toString(), "--today", "2026-11-21", "--quiet");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("User-agent: *\nDisallow: /utkast/\n\nSitemap: " + OpenDataFilesTest.BASE + "sitemap.xml\n",
                Files.readString(out.resolve("public/robots.txt")));
        assertEquals(Files.readString(out.resolve("public/sitemap.xml")).length() > 0, true, "the other templates stay built-in");
    }
}
