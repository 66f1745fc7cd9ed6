package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.text.Messages;

class PageInjectionTest {

    private static final BuildReport GOOD = new BuildReport(true, 3, Duration.ofMillis(600), List.of(), List.of());
    private static final String SCRIPT = "<script src=\"/__kanalregister/reload.js\" data-build=\"run-2\"></script>\n";

    private final PageInjection sv = new PageInjection(Messages.forLanguage("sv"));

    @Test
    void scriptGoesBeforeTheClosingBodyTag() {
        assertEquals("<html><body><p>Hej</p>\n" + SCRIPT + "</body></html>\n",
                inject(sv, "<html><body><p>Hej</p>\n</body></html>\n", GOOD));
    }

    @Test
    void tagIsFoundInAnyCaseAndTheLastOneCounts() {
        assertEquals("<BODY><pre>&lt;/body&gt; </body></pre>" + SCRIPT + "</Body >",
                inject(sv, "<BODY><pre>&lt;/body&gt; </body></pre></Body >", GOOD));
    }

    @Test
    void pageWithoutBodyTagGetsTheScriptAtTheEnd() {
        assertEquals("<p>Utan body</p>" + SCRIPT, inject(sv, "<p>Utan body</p>", GOOD));
    }

    @Test
    void pageBytesAreKeptAsTheyAre() {
        byte[] page = "<p>Åäö \u00a0 – €</p></body>".getBytes(StandardCharsets.UTF_8);
        String out = new String(sv.inject(page, new BuildStatus("run-2", GOOD)), StandardCharsets.UTF_8);
        assertEquals("<p>Åäö \u00a0 – €</p>" + SCRIPT + "</body>", out);
    }

    @Test
    void overlayOfAFirstBuildThatFailedDoesNotPromiseALastGoodSite() {
        BuildReport failed = new BuildReport(false, 0, Duration.ZERO, List.of(new Problem("a.yaml", "fel: x")), List.of());
        String out = new String(sv.inject("<p>404</p>".getBytes(StandardCharsets.UTF_8), new BuildStatus("run-1", failed, false)),
                StandardCharsets.UTF_8);
        assertTrue(out.contains("<p>Det finns ännu ingen webbplats att visa."), out);
        assertFalse(out.contains("senaste lyckade"), out);
    }

    @Test
    void failedBuildAddsAnEscapedAccessibleOverlay() {
        BuildReport failed = new BuildReport(false, 0, Duration.ofMillis(100), List.of(
                new Problem("content/channels/kultur.yaml:15:1", "fel: fältet \"<b>fet</b>\" finns inte — menade du purpose?"),
                new Problem("templates/layout.ftlh:3:7", "fel: mallen kunde inte användas: x & y")), List.of());
        assertEquals("""
                <body>
                <link rel="stylesheet" href="/__kanalregister/overlay.css">
                <div id="kanalregister-overlay" class="kanalregister-overlay" role="alert" \
                aria-labelledby="kanalregister-overlay-title" tabindex="-1" lang="sv">
                <h2 id="kanalregister-overlay-title">Bygget misslyckades</h2>
                <p>Sidan visar det senaste lyckade bygget. Rätta felen och spara, så byggs webbplatsen om och sidan laddas om.</p>
                <ul>
                <li><code>content/channels/kultur.yaml:15:1</code> fel: fältet &quot;&lt;b&gt;fet&lt;/b&gt;&quot; finns inte — menade du purpose?</li>
                <li><code>templates/layout.ftlh:3:7</code> fel: mallen kunde inte användas: x &amp; y</li>
                </ul>
                <button type="button" class="kanalregister-overlay-close">Stäng</button>
                </div>
                """ + SCRIPT + "</body>", inject(sv, "<body>\n</body>", failed));
    }

    @Test
    void overlaySpeaksTheCommandLinesLanguage() {
        BuildReport failed = new BuildReport(false, 0, Duration.ZERO, List.of(new Problem("a.yaml", "error: x")), List.of());
        String page = inject(new PageInjection(Messages.forLanguage("en")), "", failed);
        assertEquals(true, page.contains("lang=\"en\">\n<h2 id=\"kanalregister-overlay-title\">The build failed</h2>"), page);
        assertEquals(true, page.contains(">Close</button>"), page);
    }

    private static String inject(PageInjection injection, String page, BuildReport report) {
        byte[] out = injection.inject(page.getBytes(StandardCharsets.UTF_8), new BuildStatus("run-2", report));
        return new String(out, StandardCharsets.UTF_8);
    }
}
