package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.Kanalregister;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.testing.Sites;

/**
 * The routes the link check accepts ({@link Layout#publicRoutes}, {@link Layout#internalRoutes})
 * are exactly the pages and files the build writes, so a new file cannot be missed there.
 */
class RoutesTest {

    @Test
    void theLinkChecksRoutesAreWhatTheBuildWrites(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write("content/pages/regler.md", "---\ntitle: Regler\n---\n\nMer om reglerna.\n")
                .write("content/pages/om.md", "---\ntitle: Om registret\n---\n\nText.\n");
        Path content = d.root().resolve("content");
        Path site = Sites.build(content.toString(), tmp.resolve("site"));
        Register register = new Kanalregister(tmp).check(content, LocalDate.of(2026, 9, 1)).register();

        assertEquals(Layout.publicRoutes(register), routes(site.resolve("public"), "en/", "info.txt", "bio.txt"));
        assertEquals(Layout.internalRoutes(register), routes(site.resolve("internal"), "search-index.js"));
    }

    /** Each written file as a route (a folder's index.html as the folder), without the assets and {@code skipped}. */
    private static Set<String> routes(Path root, String... skipped) {
        Set<String> routes = new TreeSet<>();
        for (String f : Sites.files(root)) {
            if (f.startsWith("assets/") || isSkipped(f, skipped)) continue;
            routes.add(f.endsWith("index.html") ? f.substring(0, f.length() - "index.html".length()) : f);
        }
        return routes;
    }

    private static boolean isSkipped(String file, String... skipped) {
        for (String s : skipped) if (file.startsWith(s) || file.endsWith("/" + s) || file.equals(s)) return true;
        return false;
    }
}
