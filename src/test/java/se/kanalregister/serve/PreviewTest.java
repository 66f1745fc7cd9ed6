package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Durations;
import se.kanalregister.text.Messages;

/**
 * The preview end to end: a real build of a temporary register, served on an ephemeral
 * port, fetched over 127.0.0.1. Until the site parts render pages, each good build also
 * writes a few test pages (after the real build, so only a good build changes them); they
 * show the channel's name, so a test can see which build is being served.
 */
class PreviewTest {

    private static final String BROKEN = ContentDir.CHANNEL + "purpse: x\n";
    private static final Pattern BUILD_ID = Pattern.compile("data-build=\"([^\"]+)\"");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    private ContentDir content;
    private Preview preview;
    private Http http;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void register() throws IOException {
        content = ContentDir.valid(tmp);
        for (String secret : List.of("hemlig.txt", "site/hemlig.txt")) {
            Files.createDirectories(tmp.resolve(secret).getParent());
            Files.writeString(tmp.resolve(secret), "HEMLIGT: " + secret);
        }
    }

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    @Test
    void servesPagesWithTheirTypesAndTheReloadScript() throws Exception {
        start(true);
        HttpResponse<String> page = http.get("/prov/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-store", header(page, "Cache-Control"));
        assertEquals(testPage("Kultur i Testby").replace("</body>", script() + "</body>"), page.body());
        assertEquals(testPage("Kultur i Testby"), Files.readString(tmp.resolve("site/public/prov/index.html")),
                "the file on disk stays as built");
        HttpResponse<String> css = http.get("/prov/stil.css");
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
        assertEquals("h1 { color: green; }\n", css.body());
        assertEquals("image/png", header(http.get("/prov/bild.png"), "Content-Type"));
        assertEquals("application/json; charset=utf-8", header(http.get("/prov/data.json"), "Content-Type"));
    }

    @Test
    void internalHandbookIsServedBelowIntern() throws Exception {
        start(true);
        HttpResponse<String> page = http.get("/intern/prov/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().startsWith("<!DOCTYPE html><html lang=\"sv\"><body><h1>Internt</h1>"), page.body());
    }

    @Test
    void folderWithoutSlashIsRedirected() throws Exception {
        start(true);
        HttpResponse<String> r = http.get("/prov");
        assertEquals(302, r.statusCode());
        assertEquals("/prov/", header(r, "Location"));
        assertEquals("/intern/", header(http.get("/intern"), "Location"));
    }

    @Test
    void missingPageIsA404PageThatAlsoReloads() throws Exception {
        start(false);
        HttpResponse<String> r = http.get("/finns-inte.html");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=utf-8", header(r, "Content-Type"));
        assertTrue(r.body().contains("<h1>Sidan finns inte</h1>"), r.body());
        assertTrue(r.body().contains("<p>Det senaste bygget har ingen fil för /finns-inte.html.</p>"), r.body());
        assertTrue(r.body().endsWith(script() + "</body>\n</html>\n"), r.body());
    }

    @Test
    void headHasTheHeadersButNoBody() throws Exception {
        start(true);
        HttpResponse<String> r = http.head("/prov/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", header(r, "Content-Type"));
        assertEquals("", r.body());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        start(true);
        HttpResponse<String> r = http.post("/prov/");
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", header(r, "Allow"));
    }

    @Test
    void requestsForAnotherHostAreRefused() throws Exception {
        start(true);
        String r = http.raw("GET /prov/ HTTP/1.1", "Host: angripare.example:" + preview.port());
        assertTrue(r.startsWith("HTTP/1.1 403 "), r);
        assertFalse(r.contains("Kultur i Testby"), r);
        assertTrue(http.raw("GET /prov/ HTTP/1.1", "Host: localhost:" + preview.port()).startsWith("HTTP/1.1 200 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../hemlig.txt", "/../../hemlig.txt", "/%2e%2e/hemlig.txt", "/%2e%2e/%2e%2e/hemlig.txt",
        "/intern/../../hemlig.txt", "/intern/%2E%2E/%2E%2E/hemlig.txt", "/prov/..%2F..%2F..%2Fhemlig.txt",
        "/..%5C..%5Chemlig.txt", "/%2Ftmp%2Fhemlig.txt", "/.hemlig.txt", "/%2Ehemlig.txt", "/intern/../.hemlig.txt", "//etc/passwd", "/C:%5CWindows%5Cwin.ini",
        "/%C0%AE%C0%AE/%C0%AE%C0%AE/hemlig.txt"})
    void noRequestReadsOutsideTheTwoFolders(String path) throws Exception {
        start(true);
        String r = http.raw("GET " + path + " HTTP/1.1", http.host());
        assertTrue(r.startsWith("HTTP/1.1 400 ") || r.startsWith("HTTP/1.1 404 "), path + " gave " + r);
        assertFalse(r.contains("HEMLIGT"), r);
        String absolute = http.raw("GET " + preview.url().resolve("/").toString().replaceAll("/$", "") + path + " HTTP/1.1",
                http.host());
        assertFalse(absolute.contains("HEMLIGT"), absolute);
        assertFalse(absolute.startsWith("HTTP/1.1 200 "), absolute);
    }

    @Test
    void theAbsolutePathOfASecretIsNotServedPlainOrEncoded() throws Exception {
        start(true);
        String absolute = tmp.resolve("hemlig.txt").toAbsolutePath().toString().replace('\\', '/');
        String plain = "/" + absolute.replaceFirst("^/", "");
        for (String path : List.of(plain, plain.replace("/", "%2F"), "/" + plain.replace("/", "%2F"))) {
            String r = http.raw("GET " + path + " HTTP/1.1", http.host());
            assertTrue(r.startsWith("HTTP/1.1 404 ") || r.startsWith("HTTP/1.1 400 "), path + " gave " + r);
            assertFalse(r.contains("HEMLIGT"), r);
        }
    }

    @Test
    void aChangeRebuildsAndTellsOpenPages() throws Exception {
        start(true);
        try (Http.Events events = http.events()) {
            assertEquals("text/event-stream; charset=utf-8", events.contentType());
            String first = events.next();
            assertEquals(preview.status().id(), first, "a new page first hears the current build");
            assertEquals(first, buildIdOf(http.get("/prov/").body()));

            content.write("content/channels/kultur.yaml", ContentDir.CHANNEL.replace("Kultur i Testby", "Kultur i Nyby"));
            String second = events.next();
            assertNotNull(second, "no build event after a change");
            assertNotEquals(first, second);
            HttpResponse<String> page = http.get("/prov/");
            assertTrue(page.body().contains("<h1>Kultur i Nyby</h1>"), page.body());
            assertEquals(second, buildIdOf(page.body()));
        }
        assertTrue(out().contains(" Ändrat: content/channels/kultur.yaml\n"), out());
    }

    @Test
    void aNewFileInANewFolderRebuilds() throws Exception {
        start(true);
        String first = preview.status().id();
        Files.createDirectories(tmp.resolve("templates/public/delar"));
        Eventually.until("a build after templates/ appeared", () -> !preview.status().id().equals(first));
        String second = preview.status().id();
        Files.writeString(tmp.resolve("templates/public/delar/sidfot.ftlh"), "<#-- ny -->");
        Eventually.until("a build after a template in a new folder", () -> !preview.status().id().equals(second));
        assertTrue(preview.status().report().ok(), preview.status().report().toString());
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteAndShowsTheErrors() throws Exception {
        start(true);
        try (Http.Events events = http.events()) {
            String good = events.next();
            content.write("content/channels/kultur.yaml", BROKEN.replace("Kultur i Testby", "Kultur i Nyby"));
            String failed = events.next();
            assertNotNull(failed, "no build event after a broken file");
            assertNotEquals(good, failed, "a failed build is a new build too: the page reloads to show the errors");
            assertFalse(preview.status().report().ok());

            HttpResponse<String> page = http.get("/prov/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Kultur i Testby</h1>"), "the last good build is served: " + page.body());
            assertTrue(page.body().contains("<div id=\"kanalregister-overlay\" class=\"kanalregister-overlay\" role=\"alert\""),
                    page.body());
            assertTrue(page.body().contains("<li><code>content/channels/kultur.yaml:15:1</code> fel: fältet &quot;purpse&quot; "
                    + "finns inte — menade du purpose?</li>"), page.body());
            assertTrue(http.get("/finns-inte").body().contains("kultur.yaml:15:1"), "the 404 page shows the errors too");
            assertTrue(err().contains("content/channels/kultur.yaml:15:1: fel: fältet \"purpse\" finns inte — menade du purpose?\n"),
                    err());
            assertTrue(out().contains(" Bygget misslyckades med 1 fel."), out());

            content.write("content/channels/kultur.yaml", ContentDir.CHANNEL.replace("Kultur i Testby", "Kultur i Nyby"));
            assertNotNull(events.next(), "no build event after the fix");
            HttpResponse<String> fixed = http.get("/prov/");
            assertTrue(fixed.body().contains("<h1>Kultur i Nyby</h1>"), fixed.body());
            assertFalse(fixed.body().contains("kanalregister-overlay"), "the overlay is gone after a good build");
        }
    }

    @Test
    void errorTextIsEscapedInTheOverlay() throws Exception {
        start(false);
        content.write("content/channels/kultur.yaml", ContentDir.CHANNEL + "\"<img src=x onerror=alert(1)>\": x\n");
        Eventually.until("a failed build", () -> !preview.status().report().ok());
        String body = http.get("/").body();
        assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;"), body);
        assertFalse(body.contains("<img"), body);
    }

    @Test
    void aBrokenRegisterAtStartStillServesAndShowsWhy() throws Exception {
        content.write("content/channels/kultur.yaml", BROKEN);
        start(false);
        assertFalse(preview.status().report().ok());
        HttpResponse<String> r = http.get("/");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("content/channels/kultur.yaml:15:1"), r.body());
    }

    @Test
    void theReloadScriptAndOverlayStyleAreServed() throws Exception {
        start(false);
        HttpResponse<String> js = http.get(PageInjection.SCRIPT);
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", header(js, "Content-Type"));
        assertTrue(js.body().contains("new EventSource(\"/__kanalregister/events\")"), js.body());
        assertEquals("text/css; charset=utf-8", header(http.get(PageInjection.STYLE), "Content-Type"));
        assertEquals(404, http.get("/__kanalregister/annat.js").statusCode());
    }

    @Test
    void terminalShowsTheSummaryAndTheAddress() throws Exception {
        start(false);
        assertEquals("10:00:00 Byggde " + preview.status().report().files() + " filer på " + Durations.seconds(preview.status().report().took(), Messages.forLanguage("sv")) + ".\n"
                + "Förhandsgranska på " + preview.url() + "  (handboken: " + preview.url() + "intern/) — avsluta med Ctrl-C.\n",
                out());
    }

    @Test
    void closeEndsOpenEventStreamsAndFreesThePort() throws Exception {
        start(true);
        Http.Events events = http.events();
        assertNotNull(events.next());
        Eventually.until("the page listens", () -> preview.listeners() == 1);
        int port = preview.port();
        preview.close();
        preview.close();  // twice is harmless
        assertEquals(0, preview.listeners());
        events.close();
        try (ServerSocket again = new ServerSocket(port, 0, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            assertEquals(port, again.getLocalPort());
        }
        assertTrue(out().endsWith("\nFörhandsgranskningen är stoppad.\n"), out());
    }

    /** Starts the preview on a free port; with {@code testPages}, good builds also write the pages above. */
    private void start(boolean testPages) throws IOException, InterruptedException {
        PreviewSettings settings = new PreviewSettings(tmp.resolve("content"), tmp.resolve("templates"), tmp.resolve("site"), 0,
                LocalDate.of(2026, 11, 21), false, tmp, CliRun.CLOCK);
        Messages sv = Messages.forLanguage("sv");
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), sv, false, false, CliRun.CLOCK);
        SiteBuild real = new SiteBuild(settings, sv, BuildProgress.NONE);
        Function<Set<Path>, BuildReport> build = testPages ? changed -> withTestPages(real.run(changed)) : real::run;
        preview = Preview.start(settings, sv, terminal, build);
        http = new Http(preview.url());
    }

    private BuildReport withTestPages(BuildReport report) {
        if (!report.ok()) return report;
        try {
            String channel = Files.readString(tmp.resolve("content/channels/kultur.yaml"));
            Matcher name = Pattern.compile("(?m)^name: (.*)$").matcher(channel);
            String shown = name.find() ? name.group(1) : "?";
            write("site/public/prov/index.html", testPage(shown).getBytes(StandardCharsets.UTF_8));
            write("site/public/prov/stil.css", "h1 { color: green; }\n".getBytes(StandardCharsets.UTF_8));
            write("site/public/prov/bild.png", PNG);
            write("site/public/prov/data.json", "{}".getBytes(StandardCharsets.UTF_8));
            write("site/public/.hemlig.txt", "HEMLIGT: a hidden file".getBytes(StandardCharsets.UTF_8));
            write("site/internal/prov/index.html",
                    "<!DOCTYPE html><html lang=\"sv\"><body><h1>Internt</h1></body></html>\n".getBytes(StandardCharsets.UTF_8));
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String testPage(String heading) {
        return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head><meta charset=\"utf-8\"><title>Prov</title></head>\n<body>\n<h1>"
                + heading + "</h1>\n</body>\n</html>\n";
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private String script() {
        return "<script src=\"/__kanalregister/reload.js\" data-build=\"" + preview.status().id() + "\"></script>\n";
    }

    private static String buildIdOf(String page) {
        Matcher m = BUILD_ID.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
