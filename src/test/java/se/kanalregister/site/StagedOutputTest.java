package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
