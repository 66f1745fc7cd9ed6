package se.kanalregister.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** {@code new kapitel}: where the new chapter goes, and what is said when it cannot be written. */
class NewChapterTest {

    @TempDir
    Path tmp;

    @Test
    void aNewChapterComesAfterTheHighestOrderNotAfterTheNumberOfFiles() throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write("content/guidelines/01-a.md", chapter("A", "1"))
                .write("content/guidelines/02-b.md", chapter("B", "2"))
                .write("content/guidelines/05-c.md", chapter("C", "5"));
        CliRun r = d.run("new", "kapitel", "ny-del");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("Skrev content/guidelines/ny-del.md. Fyll i fälten och kör check.\n", r.stdout());
        assertTrue(Files.readString(tmp.resolve("content/guidelines/ny-del.md")).contains("\norder: 6\n"));
    }

    @Test
    void theOrderInTheFrontMatterCountsAndANumberedNameWithoutOne() throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write("content/guidelines/start.md", chapter("Start", "\"3\"  # först i handboken"))
                .write("content/guidelines/01-mitten.md", chapter("Mitten", "1"))
                .write("content/guidelines/04-utan-ordning.md", "---\ntitle: Utan ordning\n---\n\nText.\n");
        assertEquals(0, d.run("new", "kapitel", "slut").exitCode());
        assertTrue(Files.readString(tmp.resolve("content/guidelines/slut.md")).contains("\norder: 5\n"));
    }

    @Test
    void aFileWhereTheChapterFolderShouldBeIsNamedAsSuch() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/guidelines", "anteckningar\n");
        CliRun r = d.run("new", "kapitel", "ny-del");
        assertEquals(1, r.exitCode());
        assertEquals("content/guidelines: fel: här ska en mapp ligga, men det är en fil — byt namn på filen eller flytta"
                + " den, och kör kommandot igen så skapas mappen\n", r.stderr());
        assertEquals("anteckningar\n", Files.readString(tmp.resolve("content/guidelines")), "the file is left alone");
        CliRun en = d.run("new", "kapitel", "ny-del", "--lang", "en");
        assertEquals("content/guidelines: error: this should be a folder but is a file — rename or move the file and run"
                + " the command again to create the folder\n", en.stderr());
    }

    @Test
    void aFileWhereTheChannelFolderShouldBeToo() throws IOException {
        ContentDir d = ContentDir.valid(tmp).delete("content/channels/kultur.yaml");
        Files.delete(tmp.resolve("content/channels"));
        d.write("content/channels", "x\n");
        CliRun r = d.run("new", "kanal", "ny-kanal");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("content/channels: fel: här ska en mapp ligga, men det är en fil — "), r.stderr());
    }

    private static String chapter(String title, String order) {
        return "---\ntitle: " + title + "\norder: " + order + "\n---\n\nText.\n";
    }
}
