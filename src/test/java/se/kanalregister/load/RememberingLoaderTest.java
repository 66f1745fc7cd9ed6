package se.kanalregister.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Register;
import se.kanalregister.testing.ContentDir;

/** A loader that remembers (the live preview's) reads only what changed, and never misses a new file. */
class RememberingLoaderTest {

    @TempDir
    Path tmp;

    private final ContentLoader loader = new ContentLoader(new SourceFiles(Path.of("")), true);

    @Test
    void toldWhichFilesChangedItLooksOnlyAtThose() throws IOException {
        ContentDir dir = ContentDir.valid(tmp);
        Path channel = channelFile(dir);
        load(dir, null);
        Files.writeString(channel, Files.readString(channel).replace("Evenemang och nyheter.", "Nya evenemang."));

        assertEquals("Evenemang och nyheter.", purpose(load(dir, Set.of())), "not told, and the folder is unchanged");
        assertEquals("Nya evenemang.", purpose(load(dir, Set.of(channel))));
    }

    @Test
    void notToldWhatChangedItLooksAtEveryFile() throws IOException {
        ContentDir dir = ContentDir.valid(tmp);
        Path channel = channelFile(dir);
        load(dir, null);
        Files.writeString(channel, Files.readString(channel).replace("Evenemang och nyheter.", "Nya evenemang."));

        assertEquals("Nya evenemang.", purpose(load(dir, null)));
    }

    @Test
    void aFileAddedToTheFolderIsFoundThoughNobodySaidSo() throws IOException {
        ContentDir dir = ContentDir.valid(tmp);
        load(dir, null);
        dir.write("content/channels/kultur.yaml~", "a backup an editor left");

        Diagnostics d = new Diagnostics();
        loader.load(content(dir), d, Set.of());
        assertTrue(d.sorted().toString().contains("kultur.yaml~"), d.sorted().toString());
    }

    @Test
    void aListingWithErrorsIsNotReusedSoItsErrorsStay() throws IOException {
        ContentDir dir = ContentDir.valid(tmp);
        dir.write("content/channels/anteckningar.txt", "x");
        for (int i = 0; i < 2; i++) {
            Diagnostics d = new Diagnostics();
            loader.load(content(dir), d, Set.of());
            assertTrue(d.hasErrors(), "load " + i);
        }
    }

    private Register load(ContentDir dir, Set<Path> changed) {
        Diagnostics d = new Diagnostics();
        Register r = loader.load(content(dir), d, changed);
        assertTrue(!d.hasErrors(), d.sorted().toString());
        return r;
    }

    private static Path channelFile(ContentDir dir) throws IOException {
        try (var s = Files.list(content(dir).resolve("channels"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
    }

    private static Path content(ContentDir dir) {
        return dir.root().resolve("content");
    }

    private static String purpose(Register r) {
        return r.channels().get(0).purpose();
    }
}
