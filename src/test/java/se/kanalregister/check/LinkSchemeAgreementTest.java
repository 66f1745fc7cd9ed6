package se.kanalregister.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/**
 * The Markdown reader and the link check read a link's scheme the same way. They used to
 * disagree when a browser drops characters before or inside the scheme: the reader saw a
 * scheme, the link check a relative path to a page that does not exist.
 */
class LinkSchemeAgreementTest {

    private static CliRun check(Path tmp, String link) throws IOException {
        return ContentDir.valid(tmp).write("content/pages/om.md", "---\ntitle: Om\n---\n\n[länk](" + link + ")\n")
                .run("check", "--today", "2026-11-21");
    }

    @Test
    void aMailLinkWithALeadingSpaceIsAMailLink(@TempDir Path tmp) throws IOException {
        CliRun r = check(tmp, "< mailto:info@testby.se>");
        assertEquals(0, r.exitCode(), r.stderr());
    }

    @Test
    void aSchemeSplitByATabIsReportedOnceAsTheReaderSeesIt(@TempDir Path tmp) throws IOException {
        CliRun r = check(tmp, "java&#9;script:alert(1)");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("osynliga tecken"), r.stderr());
        assertFalse(r.stderr().contains("pekar utanför webbplatsen"), r.stderr());
    }
}
