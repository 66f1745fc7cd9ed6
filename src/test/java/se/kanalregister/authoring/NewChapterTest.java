package se.kanalregister.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void anyTitleIsKeptAsWrittenAndItsPlaceholdersAreErrorsUntilReplaced() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/guidelines/01-start.md", chapter("Start", "1"));
        CliRun r = d.run("new", "kapitel", "Bilder och AI: \"vad gäller\"?");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("Skrev content/guidelines/bilder-och-ai-vad-galler.md. Fyll i fälten och kör check.\n", r.stdout());
        Path file = tmp.resolve("content/guidelines/bilder-och-ai-vad-galler.md");
        assertTrue(Files.readString(file).contains("\ntitle: \"Bilder och AI: \\\"vad gäller\\\"?\"\n"), Files.readString(file));
        assertTrue(Files.readString(file).contains("[01-start](01-start.md)"), "the example link leads to a chapter that exists");

        CliRun check = d.run("check");
        assertEquals(1, check.exitCode());
        assertEquals(List.of(
                "content/guidelines/bilder-och-ai-vad-galler.md:5:11: fel: här står text från new kapitel som ska ersättas"
                + " — skriv din egen text i stället för hela [ERSÄTT: …]",
                "content/guidelines/bilder-och-ai-vad-galler.md:8:1: fel: här står text från new kapitel som ska ersättas"
                + " — skriv din egen text i stället för hela [ERSÄTT: …]"),
                check.stderr().lines().filter(l -> l.contains(": fel: ")).toList());

        String replaced = Files.readString(file)
                .replace("\"[ERSÄTT: en mening om vad kapitlet handlar om]\"", "Vad som gäller för bilder.")
                .replaceAll("(?s)\\[ERSÄTT:.*?\\]\n", "Om bilder och AI.\n");
        Files.writeString(file, replaced);
        CliRun after = d.run("check");
        assertEquals(0, after.exitCode(), after.stderr());
        assertTrue(d.run("build").exitCode() == 0);
        assertTrue(Files.readString(tmp.resolve("site/internal/handbok/bilder-och-ai-vad-galler/index.html"))
                .contains("Bilder och AI: &quot;vad gäller&quot;?"));
    }
}
