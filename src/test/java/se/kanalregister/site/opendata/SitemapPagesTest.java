package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.testing.Sites;

/** The sitemap lists exactly the HTML pages the public site writes, merged content pages once. */
class SitemapPagesTest {

    private static final String BASE = "https://www.testby.se/sociala-medier/";

    @Test
    void listsEveryWrittenPageAndNoOther(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write("content/pages/regler.md", "---\ntitle: Regler\n---\n\nMer om reglerna.\n")
                .write("content/pages/tillganglighet.md", "---\ntitle: Tillgänglighet\n---\n\nMer.\n")
                .write("content/pages/om.md", "---\ntitle: Om registret\norder: 2\n---\n\nText.\n")
                .write("content/pages/kontakt.md", "---\ntitle: Kontakt\norder: 1\n---\n\nText.\n");
        Path site = Sites.build(d.root().resolve("content").toString(), tmp.resolve("site"));
        List<String> written = Sites.files(site.resolve("public")).stream().filter(f -> f.endsWith("index.html"))
                .map(f -> f.substring(0, f.length() - "index.html".length())).sorted().toList();
        List<String> listed = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<loc>" + Pattern.quote(BASE) + "([^<]*)</loc>").matcher(Sites.read(site, "public/sitemap.xml"));
        while (m.find()) listed.add(m.group(1));
        assertEquals(written, listed.stream().sorted().toList());
        assertEquals(List.of("", "regler/", "tillganglighet/", "kontakt/", "om/", "kanaler/kultur/"), listed);
    }
}
