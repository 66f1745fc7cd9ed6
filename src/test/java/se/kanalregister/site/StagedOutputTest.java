package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

class StagedOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aSwapThatFailsHalfwayLeavesTheEarlierOutputWhole() throws IOException {
        Path out = tmp.resolve("site");
        for (String part : StagedOutput.PARTS) {
            Files.createDirectories(out.resolve(part));
            Files.writeString(out.resolve(part + "/index.html"), "old " + part);
        }
        try (StagedOutput staged = StagedOutput.create(out)) {
            Files.writeString(staged.part("public").resolve("index.html"), "new public");
            StagedOutput.deleteTree(staged.part("internal"));  // the second move will fail
            assertThrows(IOException.class, staged::commit);
        }
        assertEquals("old public", Files.readString(out.resolve("public/index.html")), "not a mix of new and old");
        assertEquals("old internal", Files.readString(out.resolve("internal/index.html")), "not deleted with the staging folder");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no staging folder is left behind");
        }
    }

    @Test
    void aSwapReplacesBothParts() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("public"));
        Files.writeString(out.resolve("public/gone.html"), "old");
        try (StagedOutput staged = StagedOutput.create(out)) {
            for (String part : StagedOutput.PARTS) Files.writeString(staged.part(part).resolve("index.html"), "new " + part);
            staged.commit();
        }
        assertEquals("new public", Files.readString(out.resolve("public/index.html")));
        assertEquals("new internal", Files.readString(out.resolve("internal/index.html")));
        assertEquals(false, Files.exists(out.resolve("public/gone.html")));
    }

    @Test
    void aKilledBuildsStagingFolderIsRemovedByTheNextBuildAndSaid() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        Path killed = killedBuild(tmp.resolve("site"), false);
        Path notOurs = Files.createDirectories(tmp.resolve(".site-bygge-123"));  // the name alone says nothing
        CliRun r = d.run("build", "--out", "site");
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(Files.exists(killed), "the leftover is gone");
        assertTrue(Files.exists(notOurs), "a folder without the marker is not ours to remove");
        assertTrue(r.stderr().contains("Tog bort det som avbrutna byggen lämnat bredvid site (mappar: 1, filer: 2).\n"), r.stderr());
        assertEquals(List.of(".site-bygge-123", "content", "site"), names(tmp));
    }

    @Test
    void aSwapKilledBetweenItsRenamesIsFinishedByTheNextBuild() throws IOException {
        Path out = tmp.resolve("site");
        for (String part : StagedOutput.PARTS) {
            Files.createDirectories(out.resolve(part));
            Files.writeString(out.resolve(part + "/index.html"), "old " + part);
        }
        killedBuild(out, true);
        // the state a kill between the two renames leaves: public new, internal old
        Path staging = onlyStaging(out);
        Files.move(out.resolve("public"), staging.resolve("public.old"));
        Files.move(staging.resolve("public"), out.resolve("public"));
        assertEquals("new public", Files.readString(out.resolve("public/index.html")));
        assertEquals("old internal", Files.readString(out.resolve("internal/index.html")));

        Leftovers removed = StagedOutput.removeLeftovers(out.toAbsolutePath());
        assertEquals(new Leftovers(1, 2, 1), removed);
        assertEquals("new public", Files.readString(out.resolve("public/index.html")));
        assertEquals("new internal", Files.readString(out.resolve("internal/index.html")), "public and internal match");
        assertEquals(List.of("site"), names(tmp));
    }

    @Test
    void aRunningBuildsStagingFolderIsLeftAlone() throws IOException {
        Path out = tmp.resolve("site");
        try (StagedOutput running = StagedOutput.create(out)) {
            assertEquals(Leftovers.NONE, StagedOutput.removeLeftovers(out.toAbsolutePath()));
            assertTrue(Files.isDirectory(running.part("public")));
        }
    }

    /** The staging folder a build of {@code out} leaves when killed: before its swap, or (journal) just as it begins. */
    private static Path killedBuild(Path out, boolean swapBegun) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + "-bygge-");
        Files.writeString(staging.resolve(StagedOutput.MARKER), abs + "\n");
        for (String part : StagedOutput.PARTS) {
            Files.createDirectories(staging.resolve(part));
            Files.writeString(staging.resolve(part + "/index.html"), "new " + part);
        }
        if (swapBegun) Files.writeString(staging.resolve(StagedOutput.JOURNAL), "replace\n");
        return staging;
    }

    private static Path onlyStaging(Path out) throws IOException {
        try (var s = Files.list(out.toAbsolutePath().getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site-bygge-")).findFirst().orElseThrow();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
