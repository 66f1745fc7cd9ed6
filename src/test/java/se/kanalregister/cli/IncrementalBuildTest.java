package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.site.state.BuildState;
import se.kanalregister.site.state.StateFile;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;

/**
 * {@code build} after {@code build}: whatever changed in between, the site is byte for byte
 * what a full build of the same content writes, and the user is told what was done. Any doubt
 * about the last build's state means a full build, said in one line.
 */
class IncrementalBuildTest {

    private static final String CHANNEL = "channels/biblioteket-facebook.yaml";
    private static final String OTHER_PAGE = "public/kanaler/biblioteket-instagram/index.html";

    @TempDir
    Path dir;
    private Path content;
    private Path site;
    private CliRun first;

    @BeforeEach
    void firstBuild() throws IOException {
        content = dir.resolve("content");
        Sites.copy(Path.of("content"), content);
        site = dir.resolve("site");
        first = build();
        assertFalse(first.stderr().contains("Bygger allt"), "a first build needs no reason: " + first.stderr());
        assertTrue(Files.isRegularFile(site.resolve(".kanalregister-byggstatus")), "the state is kept beside the output");
    }

    @Test
    void withNothingChangedNothingIsWrittenAndTheSameProblemsAreReported() throws IOException {
        FileTime before = modified(OTHER_PAGE);

        CliRun again = build();

        assertTrue(again.stderr().endsWith("Inget har ändrats sedan förra bygget, så site är redan aktuell.\n"), again.stderr());
        assertEquals(problems(first), problems(again), "every warning of the build that wrote the site, again");
        assertTrue(problems(first).size() > 3, "the example has warnings to report: " + first.stderr());
        assertEquals(before, modified(OTHER_PAGE));
        assertSameAsFullBuild();
    }

    @Test
    void anEditedChannelRewritesItsOwnPagesAndTheSharedOnes() throws IOException {
        FileTime before = modified(OTHER_PAGE);
        replace(CHANNEL, "purpose: Tips om böcker", "purpose: Boktips");

        CliRun again = build();

        assertTrue(again.stderr().contains(": sidorna för 1 av 31 kanaler och sidorna som visar hela registret.\n"),
                again.stderr());
        assertEquals(before, modified(OTHER_PAGE), "another channel's page is left as it was");
        assertTrue(Sites.read(site, "public/kanaler/biblioteket-facebook/index.html").contains("Boktips"));
        assertTrue(Sites.read(site, "public/index.html").contains("Boktips"), "the directory lists the new purpose");
        assertSameAsFullBuild();
    }

    @Test
    void aFileTheChannelNoLongerHasIsRemoved() throws IOException {
        assertTrue(Files.exists(site.resolve("public/kanaler/biblioteket-facebook/bio.txt")));
        replace(CHANNEL, "platform: facebook", "platform: blog");
        replace(CHANNEL, "url: https://www.facebook.com/exempelbybibliotek", "url: https://blogg.exempelby.se/");
        replace(CHANNEL, "handle: \"@exempelbybibliotek\"\n", "");

        CliRun again = build();

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains(": sidorna för 1 av 31 kanaler"), again.stderr());
        assertFalse(Files.exists(site.resolve("public/kanaler/biblioteket-facebook/bio.txt")), "a blog has no bio field");
        assertSameAsFullBuild();
    }

    @Test
    void aShortTextTooLongIsReportedOnceByEveryBuildAsByAFullOne() throws IOException {
        String name = "Exempelby kommuns mycket långa sida för allt som händer i kommunen, dag som natt, året runt";
        replace("channels/exempelby-facebook.yaml", "name: Exempelby kommun", "name: " + name);
        CliRun withLongName = build();
        assertEquals(1, count(withLongName, "infotext.bio-overflow", "exempelby-facebook"), withLongName.stderr());

        replace(CHANNEL, "purpose: Tips om böcker", "purpose: Boktips");
        CliRun otherEdited = build();
        CliRun nothingChanged = build();

        List<String> full = problems(CliRun.run(dir, "build", "--content", "content", "--out", "full", "--today", "2026-09-01"));
        assertEquals(full, problems(otherEdited), "the overflow of a channel not rendered again is reported again, once");
        assertEquals(full, problems(nothingChanged));
    }

    /** How many problem lines name the channel's file and say its short text is too long. */
    private static long count(CliRun r, String what, String id) {
        return problems(r).stream().filter(l -> l.startsWith("content/channels/" + id + ".yaml:") && l.contains("den korta texten för")).count();
    }

    @Test
    void anEditedChapterRewritesNoChannelPage() throws IOException {
        FileTime before = modified(OTHER_PAGE);
        replace("guidelines/02-roller-och-ansvar.md", "## Ansvaret i korthet", "## Ansvaret kort");

        CliRun again = build();

        assertTrue(again.stderr().contains(": sidorna för 0 av 31 kanaler"), again.stderr());
        assertEquals(before, modified(OTHER_PAGE));
        assertSameAsFullBuild();
    }

    @Test
    void aNewDayRewritesOnlyWhatTheDayChanges() throws IOException {
        CliRun later = CliRun.run(dir, "build", "--content", "content", "--out", "site", "--today", "2026-10-15");

        assertEquals(0, later.exitCode(), later.stderr());
        assertTrue(later.stderr().contains("sidorna som visar hela registret"), later.stderr());
        assertSameAsFullBuild("2026-10-15");
    }

    @Test
    void theOrganisationReachesEveryPage() throws IOException {
        replace("organisation.yaml", "name: Exempelby kommun", "name: Exempelby stad");

        CliRun again = build();

        assertTrue(again.stderr().contains("Bygger allt, eftersom organisationen, en sida i pages eller en översättning har ändrats.\n"),
                again.stderr());
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateReachesEveryPage() throws IOException {
        Files.createDirectories(dir.resolve("templates/assets"));
        Files.writeString(dir.resolve("templates/assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        CliRun again = CliRun.run(dir, "build", "--content", "content", "--templates", "templates", "--out", "site",
                "--today", "2026-09-01");

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("Bygger allt, eftersom mallarna har ändrats.\n"), again.stderr());
        assertTrue(Files.exists(site.resolve("public/assets/logo.svg")));
    }

    @Test
    void aChannelAddedOrRemovedIsAFullBuild() throws IOException {
        String text = Files.readString(content.resolve(CHANNEL)).replace("platform: facebook", "platform: tiktok")
                .replace("url: https://www.facebook.com/exempelbybibliotek", "url: https://www.tiktok.com/@exempelbybibliotek");
        Files.writeString(content.resolve("channels/biblioteket-tiktok.yaml"), text);

        CliRun added = build();
        assertTrue(added.stderr().contains("Bygger allt, eftersom en kanal har lagts till, tagits bort eller bytt namn.\n"),
                added.stderr());
        assertSameAsFullBuild();

        Files.delete(content.resolve(CHANNEL));
        build();
        assertFalse(Files.exists(site.resolve("public/kanaler/biblioteket-facebook")), "a removed channel's pages are gone");
        assertSameAsFullBuild();
    }

    @Test
    void whenMostChannelsChangedEverythingIsBuiltAtOnce() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("channels"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.writeString(p, Files.readString(p).replaceFirst("(?m)^purpose: ", "purpose: Nytt. "));
            }
        }

        CliRun again = build();

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("Bygger allt, eftersom mer än hälften av kanalerna har ändrats.\n"), again.stderr());
        assertSameAsFullBuild();
    }

    @Test
    void aFileTouchedWithoutChangeIsNoChange() throws IOException {
        Files.setLastModifiedTime(content.resolve(CHANNEL), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        CliRun again = build();

        assertTrue(again.stderr().endsWith("Inget har ändrats sedan förra bygget, så site är redan aktuell.\n"), again.stderr());
    }

    @Test
    void anEditThatKeepsSizeAndTimeIsStillSeen() throws IOException {
        // saved twice within one tick of the file system's clock: the time says nothing
        Path file = content.resolve(CHANNEL);
        FileTime time = Files.getLastModifiedTime(file);
        replace(CHANNEL, "name: Exempelby bibliotek", "name: Exempelby Bibliotek");
        Files.setLastModifiedTime(file, time);
        StateFile.write(site, withScanTime(StateFile.read(site).state(), time.toInstant().toEpochMilli() * 1_000_000));

        build();

        assertTrue(Sites.read(site, "public/kanaler/biblioteket-facebook/index.html").contains("Exempelby Bibliotek"));
        assertSameAsFullBuild();
    }

    @Test
    void aStateFromAnotherVersionOfTheToolIsAFullBuild() throws IOException {
        BuildState s = StateFile.read(site).state();
        StateFile.write(site, new BuildState("0.0.1 jar 1 2", s.inputs(), s.made(), s.output(), s.checked(), s.rendered(), s.texts()));

        CliRun again = build();

        assertTrue(again.stderr().contains("Bygger allt, eftersom förra bygget gjordes med en annan version av kanalregister.\n"),
                again.stderr());
        assertSameAsFullBuild();
    }

    @Test
    void aDamagedOrForeignStateIsAFullBuildNeverAWrongSite() throws IOException {
        Path state = site.resolve(".kanalregister-byggstatus");
        String text = Files.readString(state);
        List<String> damaged = List.of(
                text.substring(0, text.length() / 2),                                    // cut off
                text.replace("\tchannels/biblioteket-facebook.yaml\t", "\tchannels/x.yaml\t"),  // edited by hand
                "hello\n",                                                               // something else
                "");
        replace(CHANNEL, "purpose: Tips om böcker", "purpose: Boktips");
        for (String d : damaged) {
            Files.writeString(state, d);
            CliRun again = build();
            assertTrue(again.stderr().contains("Bygger allt, eftersom filen .kanalregister-byggstatus från förra bygget inte gick att läsa.\n"),
                    again.stderr());
            assertSameAsFullBuild();
        }
        Files.write(state, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertTrue(build().stderr().contains("inte gick att läsa"));
    }

    @Test
    void anOutputFileChangedByHandIsAFullBuild() throws IOException {
        String page = Sites.read(site, OTHER_PAGE);
        Files.writeString(site.resolve(OTHER_PAGE), page.replace("<main", "<main data-x=\"1\""));
        assertNotEquals(page, Sites.read(site, OTHER_PAGE));

        CliRun again = build();

        assertTrue(again.stderr().contains("Bygger allt, eftersom en fil i public eller internal har ändrats, lagts till eller tagits bort sedan förra bygget.\n"),
                again.stderr());
        assertEquals(page, Sites.read(site, OTHER_PAGE));

        Files.writeString(site.resolve("public/extra.html"), "<p>mine</p>");
        assertTrue(build().stderr().contains("Bygger allt, eftersom en fil i public"));
        assertFalse(Files.exists(site.resolve("public/extra.html")), "a full build replaces public whole");

        Files.delete(site.resolve("internal/register/exempelby-x/index.html"));
        assertTrue(build().stderr().contains("Bygger allt, eftersom en fil i public"));
        assertSameAsFullBuild();
    }

    @Test
    void fullBuildsEverythingAndSaysWhy() throws IOException {
        Object before = inode();

        CliRun again = CliRun.run(dir, "build", "--content", "content", "--out", "site", "--today", "2026-09-01", "--full");

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("Bygger allt, eftersom du bad om det med --full.\n"), again.stderr());
        assertTrue(again.stderr().contains("Byggde 256 filer i site"), again.stderr());
        assertNotEquals(before, inode(), "every file is written anew");
    }

    @Test
    void strictFailsOnTheWarningsOfTheBuildThatWroteTheSiteAndLeavesItAlone() throws IOException {
        FileTime before = modified(OTHER_PAGE);

        CliRun strict = CliRun.run(dir, "build", "--content", "content", "--out", "site", "--today", "2026-09-01", "--strict");

        assertEquals(1, strict.exitCode(), strict.stderr());
        assertEquals(problems(first), problems(strict));
        assertEquals(before, modified(OTHER_PAGE));
    }

    @Test
    void aFailedBuildLeavesSiteAndStateAsTheyWere() throws IOException {
        String state = Files.readString(site.resolve(".kanalregister-byggstatus"));
        replace(CHANNEL, "platform: facebook", "platform: myspace");

        assertEquals(1, build().exitCode());

        assertEquals(state, Files.readString(site.resolve(".kanalregister-byggstatus")));
        replace(CHANNEL, "platform: myspace", "platform: facebook");
        assertTrue(build().stderr().endsWith("Inget har ändrats sedan förra bygget, så site är redan aktuell.\n"));
    }

    @Test
    void theStateIsNeverPublished() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("public"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("byggstatus")));
        }
    }

    private CliRun build() {
        return CliRun.run(dir, "build", "--content", "content", "--out", "site", "--today", "2026-09-01");
    }

    /** Every file of site is that of a full build of the same content into another folder, and there are no others. */
    private void assertSameAsFullBuild() {
        assertSameAsFullBuild("2026-09-01");
    }

    private void assertSameAsFullBuild(String today) {
        Path full = dir.resolve("full");
        CliRun r = CliRun.run(dir, "build", "--content", "content", "--out", "full", "--today", today, "--full");
        assertEquals(0, r.exitCode(), r.stderr());
        Sites.assertSameSite(full, site);
    }

    /** The lines that report a problem: everything before the summary. */
    private static List<String> problems(CliRun r) {
        List<String> out = new ArrayList<>();
        for (String line : r.stderr().split("\n")) {
            if (line.startsWith("Läste ")) break;
            out.add(line);
        }
        return out;
    }

    private static BuildState withScanTime(BuildState s, long scanned) {
        BuildState.Inputs i = s.inputs();
        return new BuildState(s.tool(), new BuildState.Inputs(i.display(), i.content(), i.contentFiles(), i.templates(),
                i.templateFiles(), scanned), s.made(), s.output(), s.checked(), s.rendered(), s.texts());
    }

    private FileTime modified(String file) throws IOException {
        return Files.getLastModifiedTime(site.resolve(file));
    }

    private Object inode() throws IOException {
        return Files.getAttribute(site.resolve(OTHER_PAGE), "unix:ino");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = content.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
