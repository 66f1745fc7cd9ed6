package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.SiteParts;
import se.kanalregister.Kanalregister;
import se.kanalregister.testing.Sites;

/**
 * A rebuild after a change writes only what the change reaches, and leaves exactly the
 * files a full build of the changed content writes, byte for byte.
 */
class RebuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String CHANNEL = "channels/biblioteket-facebook.yaml";
    private static final String OTHER_PAGE = "public/kanaler/biblioteket-instagram/index.html";

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path out;
    private Kanalregister kanalregister;
    private Rebuilder rebuilder;
    /** The files the test changed since the last rebuild: what a file watcher would report. */
    private final Set<Path> changed = new HashSet<>();

    @BeforeEach
    void firstBuild() throws IOException {
        content = dir.resolve("content");
        Sites.copy(Path.of("content"), content);
        templates = dir.resolve("templates");
        out = dir.resolve("out");
        kanalregister = Kanalregister.forRebuilds(dir);
        rebuilder = new Rebuilder(SiteParts.ALL, templates, dir);
        assertTrue(rebuild().full(), "the first build is a full one");
    }

    @Test
    void editedChannelRebuildsItsOwnPagesAndTheSharedOnes() throws IOException {
        Object untouched = inode(OTHER_PAGE);
        replace(CHANNEL, "purpose: Tips om böcker", "purpose: Boktips");

        SiteBuilder.Result r = rebuild();

        assertFalse(r.full());
        assertEquals(1, r.channels());
        assertEquals(untouched, inode(OTHER_PAGE), "another channel's page is not written again");
        assertTrue(Sites.read(out, "public/kanaler/biblioteket-facebook/index.html").contains("Boktips"));
        assertTrue(Sites.read(out, "public/index.html").contains("Boktips"), "the directory lists the new purpose");
        assertSameAsFullBuild();
    }

    @Test
    void anEditThatKeepsTheFileSizeIsSeen() throws IOException {
        replace(CHANNEL, "name: Exempelby bibliotek", "name: Exempelby Bibliotek");

        assertEquals(1, rebuild().channels());
        assertTrue(Sites.read(out, "public/kanaler/biblioteket-facebook/index.html").contains("Exempelby Bibliotek"));
        assertSameAsFullBuild();
    }

    @Test
    void changedFindingsRebuildTheChannelsInternalPage() throws IOException {
        replace(CHANNEL, "  deputy: Peter Nyström\n", "");

        SiteBuilder.Result r = rebuild();

        assertFalse(r.full());
        assertEquals(1, r.channels());
        assertTrue(Sites.read(out, "internal/register/biblioteket-facebook/index.html").contains("internal.deputy"));
        assertSameAsFullBuild();
    }

    @Test
    void editedChapterRebuildsNoChannelPages() throws IOException {
        Object untouched = inode(OTHER_PAGE);
        replace("guidelines/02-roller-och-ansvar.md", "title: Roller och ansvar", "title: Vem gör vad");
        replace("guidelines/02-roller-och-ansvar.md", "## Ansvaret i korthet", "## Ansvaret kort");

        SiteBuilder.Result r = rebuild();

        assertFalse(r.full());
        assertEquals(0, r.channels());
        assertEquals(untouched, inode(OTHER_PAGE));
        assertTrue(Sites.read(out, "internal/handbok/02-roller-och-ansvar/index.html").contains("Vem gör vad"));
        assertSameAsFullBuild();
    }

    @Test
    void severalChangesInOneRebuild() throws IOException {
        replace(CHANNEL, "name: Exempelby bibliotek", "name: Biblioteket i Exempelby");
        replace("channels/biblioteket-instagram.yaml", "handle: \"@exempelbybibliotek\"", "handle: \"@nytt_namn\"");
        replace("channels/biblioteket-instagram.yaml", "instagram.com/exempelbybibliotek/", "instagram.com/nytt_namn/");
        replace("guidelines/02-roller-och-ansvar.md", "## Ansvaret i korthet", "## Ansvaret kort");

        SiteBuilder.Result r = rebuild();

        assertFalse(r.full());
        assertEquals(2, r.channels());
        assertSameAsFullBuild();
    }

    @Test
    void organisationChangeRebuildsEverything() throws IOException {
        Object before = inode(OTHER_PAGE);
        replace("organisation.yaml", "name: Exempelby kommun", "name: Exempelby stad");

        assertTrue(rebuild().full());
        assertNotEquals(before, inode(OTHER_PAGE));
        assertSameAsFullBuild();
    }

    @Test
    void addedAndRemovedChannelsRebuildEverything() throws IOException {
        Files.copy(content.resolve(CHANNEL), content.resolve("channels/biblioteket-tiktok.yaml"));
        changed.add(content.resolve("channels/biblioteket-tiktok.yaml"));
        replace("channels/biblioteket-tiktok.yaml", "platform: facebook", "platform: tiktok");
        replace("channels/biblioteket-tiktok.yaml", "url: https://www.facebook.com/exempelbybibliotek",
                "url: https://www.tiktok.com/@exempelbybibliotek");
        assertTrue(rebuild().full());
        assertSameAsFullBuild();

        Files.delete(content.resolve(CHANNEL));
        changed.add(content.resolve(CHANNEL));
        assertTrue(rebuild().full());
        assertFalse(Files.exists(out.resolve("public/kanaler/biblioteket-facebook")), "a removed channel's pages are gone");
        assertSameAsFullBuild();
    }

    @Test
    void aNewFileIsFoundEvenWhenTheWatcherMissedIt() throws IOException {
        Files.copy(content.resolve(CHANNEL), content.resolve("channels/biblioteket-tiktok.yaml"));
        replace("channels/biblioteket-tiktok.yaml", "platform: facebook", "platform: tiktok");
        replace("channels/biblioteket-tiktok.yaml", "url: https://www.facebook.com/exempelbybibliotek",
                "url: https://www.tiktok.com/@exempelbybibliotek");
        changed.clear();

        assertTrue(rebuild(Set.of()).full(), "the folder changed, so it is listed again");
        assertTrue(Files.exists(out.resolve("public/kanaler/biblioteket-tiktok/index.html")));
        assertSameAsFullBuild();
    }

    @Test
    void anEditIsSeenWhenItIsNotKnownWhatChanged() throws IOException {
        replace(CHANNEL, "purpose: Tips om böcker", "purpose: Boktips");
        changed.clear();

        assertEquals(1, rebuild(null).channels());
        assertSameAsFullBuild();
    }

    @Test
    void templateChangeRebuildsEverything() throws IOException {
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        assertTrue(rebuild().full());
        assertSameAsFullBuild();
    }

    @Test
    void aFailedBuildLeavesTheSiteAsItWas() throws IOException {
        String page = Sites.read(out, "public/kanaler/biblioteket-facebook/index.html");
        replace(CHANNEL, "platform: facebook", "platform: myspace");
        assertFalse(kanalregister.rebuild(content, takeChanged(), rebuilder, out, TODAY, false, BuildProgress.NONE).ok());
        assertEquals(page, Sites.read(out, "public/kanaler/biblioteket-facebook/index.html"));

        replace(CHANNEL, "platform: myspace", "platform: facebook");
        rebuild();
        assertSameAsFullBuild();
    }

    @Test
    void unchangedContentRewritesOnlySharedPages() throws IOException {
        SiteBuilder.Result r = rebuild();

        assertFalse(r.full());
        assertEquals(0, r.channels());
        assertSameAsFullBuild();
    }

    /** Rebuilds, told which files changed, as serve's file watcher tells it. */
    private SiteBuilder.Result rebuild() {
        return rebuild(takeChanged());
    }

    /** @param changed null: not known which files changed */
    private SiteBuilder.Result rebuild(Set<Path> changed) {
        Kanalregister.Built built = kanalregister.rebuild(content, changed, rebuilder, out, TODAY, false, BuildProgress.NONE);
        assertTrue(built.ok(), () -> built.checked().diagnostics().sorted().toString());
        return built.result();
    }

    /** Every file of {@code out} is that of a full build of the same content, and there are no others. */
    private void assertSameAsFullBuild() {
        Path full = dir.resolve("full");
        Kanalregister.Built built = new Kanalregister(dir).build(content, templates, full, TODAY, false, true,
                BuildProgress.NONE);
        assertTrue(built.ok(), () -> built.checked().diagnostics().sorted().toString());
        Sites.assertSameSite(full, out);
    }

    private Set<Path> takeChanged() {
        Set<Path> taken = Set.copyOf(changed);
        changed.clear();
        return taken;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = content.resolve(file);
        changed.add(p);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private Object inode(String file) throws IOException {
        return Files.getAttribute(out.resolve(file), "unix:ino");
    }
}
