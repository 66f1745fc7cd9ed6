package se.kanalregister.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kanalregister.testing.ContentDir.CHANNEL;
import static se.kanalregister.testing.ContentDir.ORGANISATION;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.cli.MainAccess;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/**
 * Register format 1.1 as users meet it on the command line: an unknown {@code started},
 * platform names as people write them, and the organisation's {@code time_zone}.
 */
class RegisterFormat11Test {

    private static final String C = "content/channels/kultur.yaml";

    private static String withStarted(String line) {
        return CHANNEL.replace("started: 2019-05-09\n", line == null ? "" : line + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "started: okänt", "started: OKÄNT", "started: Unknown", "started:"})
    void anUnknownStartBuildsAndAsksForTheDate(String line, @TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, withStarted(line.isEmpty() ? null : line));
        CliRun run = d.run("build", "--out", "site");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(C.substring(8) + ": varning: startdatum okänt — ta reda på när kanalen startade"
                + " och skriv datumet i started som ÅÅÅÅ-MM-DD"), run.stderr());
        String page = Files.readString(tmp.resolve("site/public/kanaler/kultur/index.html"));
        assertTrue(page.contains("<dd>startdatum okänt</dd>"), page);
        assertTrue(Files.readString(tmp.resolve("site/public/kanaler.json")).contains("\"started\": null"));
        String csv = Files.readString(tmp.resolve("site/public/kanaler.csv"));
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().contains(",active,,,"), csv);
        String feed = Files.readString(tmp.resolve("site/public/feed.xml"));
        assertFalse(feed.contains("<category term=\"started\""), feed);
        String report = Files.readString(tmp.resolve("site/internal/efterlevnad/index.html"));
        assertTrue(report.contains("Startdatum"), report);
        assertTrue(Files.readString(tmp.resolve("site/internal/register/kultur/index.html")).contains("startdatum okänt"));
        assertNoDateButTheSources(tmp.resolve("site/public"), "2026-11-01", "2026-11-10");
    }

    @Test
    void anUnknownStartInEnglish(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, withStarted("started: okänt"))
                .write("content/organisation.yaml", ORGANISATION + "languages: [sv, en]\n");
        CliRun run = d.run("check", "--lang", "en");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("warning: start date unknown — find out when the channel started"), run.stderr());
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        assertTrue(Files.readString(tmp.resolve("site/public/en/kanaler/kultur/index.html")).contains("start date unknown"));
    }

    @Test
    void strictMakesAnUnknownStartFatal(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, withStarted(null));
        CliRun run = d.run("build", "--strict", "--out", "site");
        assertEquals(1, run.exitCode(), run.stderr());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void endedIsComparedOnlyWithAKnownStart(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, withStarted("started: okänt") + "status: closed\nended: 2001-01-01\n");
        CliRun run = d.run("check");
        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("är före started"), run.stderr());
    }

    @Test
    void aWordThatIsNeitherDateNorUnknownIsStillAnError(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, withStarted("started: vet ej"));
        CliRun run = d.run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains(C.substring(8) + ":6:10: fel: started: \"vet ej\" är inget datum"), run.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Facebook", "FACEBOOK", "face book", "Face-book", " facebook "})
    void platformNamesAreReadWithoutRegardToCaseSpacesAndHyphens(String written, @TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, CHANNEL.replace("platform: facebook", "platform: \"" + written + "\""));
        CliRun run = d.run("build", "--out", "site");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("Läste 1 kanaler: 0 fel, 0 varningar.", run.stderr().lines().findFirst().orElseThrow());
        assertTrue(Files.readString(tmp.resolve("site/public/kanaler.json")).contains("\"platform\": \"facebook\""));
    }

    @Test
    void tikTokLinkedInAndYouTubeAsPeopleWriteThem(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write(C, CHANNEL.replace("platform: facebook", "platform: Tik tok")
                        .replace("https://www.facebook.com/kulturitestby", "https://www.tiktok.com/@kulturitestby"))
                .write("content/channels/jobb.yaml", CHANNEL.replace("platform: facebook", "platform: LinkedIn")
                        .replace("https://www.facebook.com/kulturitestby", "https://www.linkedin.com/company/testby"))
                .write("content/channels/film.yaml", CHANNEL.replace("platform: facebook", "platform: YouTube")
                        .replace("https://www.facebook.com/kulturitestby", "https://www.youtube.com/@testby"));
        CliRun run = d.run("check");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("0 fel, 0 varningar"), run.stderr());
    }

    @Test
    void twitterIsReadAsXWithAWarningThatSaysWhatToWrite(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, CHANNEL.replace("platform: facebook", "platform: Twitter")
                .replace("https://www.facebook.com/kulturitestby", "https://twitter.com/kulturitestby"));
        CliRun run = d.run("build", "--out", "site");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(C.substring(8) + ":2:11: varning: platform: \"Twitter\" heter numera X och läses som x"
                + " — skriv platform: x"), run.stderr());
        assertTrue(Files.readString(tmp.resolve("site/public/kanaler.json")).contains("\"platform\": \"x\""));
        CliRun en = d.run("check", "--lang", "en");
        assertTrue(en.stderr().contains(":2:11: warning: platform: \"Twitter\" is now called X and is read as x — write platform: x"),
                en.stderr());
        assertEquals(1, d.run("check", "--strict").exitCode());
    }

    @Test
    void anUnknownPlatformStillGetsASuggestion(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write(C, CHANNEL.replace("platform: facebook", "platform: Facebok"));
        CliRun run = d.run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains(":2:11: fel: platform: \"Facebok\" finns inte — menade du facebook?"), run.stderr());
        d.write(C, CHANNEL.replace("platform: facebook", "platform: Twiter"));
        assertTrue(d.run("check").stderr().contains("\"Twiter\" finns inte — menade du x?"));
        d.write(C, CHANNEL.replace("platform: facebook", "platform: Blogg"));
        assertTrue(d.run("check").stderr().contains("\"Blogg\" finns inte — menade du blog?"));
    }

    /** 23:30 UTC on 21 November: already the 22nd in Stockholm, still the 21st in New York. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheOrganisationsDayNotTheMachines(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertTrue(run(tmp, "new", "kanal", "a").stdout().contains("Skrev"));
        assertTrue(Files.readString(tmp.resolve("content/channels/a.yaml")).contains("started: 2026-11-22\n"));
        d.write("content/organisation.yaml", ORGANISATION + "time_zone: America/New_York\n");
        run(tmp, "new", "kanal", "b");
        assertTrue(Files.readString(tmp.resolve("content/channels/b.yaml")).contains("started: 2026-11-21\n"));
    }

    @Test
    void complianceIsCheckedAsOfTheOrganisationsDay(@TempDir Path tmp) throws IOException {
        // 181 days before 22 November, 180 before the 21st: inactive only by Stockholm's calendar
        ContentDir d = ContentDir.valid(tmp).write(C, CHANNEL.replace("last_activity: 2026-11-10", "last_activity: 2026-05-25"));
        assertTrue(run(tmp, "check").stderr().contains("senaste aktivitet 2026-05-25"));
        d.write("content/organisation.yaml", ORGANISATION + "time_zone: UTC\n");
        assertFalse(run(tmp, "check").stderr().contains("senaste aktivitet"));
        assertTrue(run(tmp, "check", "--today", "2026-12-01").stderr().contains("senaste aktivitet"));
    }

    @Test
    void aTimeZoneThatDoesNotExistIsAnErrorWithAHint(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION + "time_zone: Europe/Stokholm\n");
        CliRun run = d.run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains("organisation.yaml:6:12: fel: time_zone: \"Europe/Stokholm\" är ingen tidszon"
                + " — menade du Europe/Stockholm?"), run.stderr());
        d.write("content/organisation.yaml", ORGANISATION + "time_zone: +01:00\n");
        assertTrue(d.run("check", "--lang", "en").stderr().contains("is not a time zone — write a zone from the IANA database"));
        d.write("content/organisation.yaml", ORGANISATION + "time_zone: europe/stockholm\n");
        assertEquals(0, d.run("check").exitCode());
    }

    private static CliRun run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainAccess.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd, LATE_EVENING_UTC, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** No file of the public site holds a date (YYYY-MM-DD) other than {@code allowed}: no placeholder, no clock. */
    private static void assertNoDateButTheSources(Path site, String... internalDates) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d").matcher(text);
                while (m.find()) {
                    throw new AssertionError(site.relativize(f) + " shows the date " + m.group() + ", which no public field holds");
                }
                for (String d : internalDates) assertFalse(text.contains(d), f.toString());
            }
        }
    }
}
