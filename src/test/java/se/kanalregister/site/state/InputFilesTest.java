package se.kanalregister.site.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    private static final long LONG_AFTER = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final FileTime SAVED = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path folder;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(folder.resolve("channels"));
        Files.writeString(folder.resolve("organisation.yaml"), "name: A\n");
        Files.writeString(folder.resolve("channels/a.yaml"), "name: a\n");
        Files.writeString(folder.resolve("channels/.a.yaml.swp"), "editor's");
        for (String f : List.of("organisation.yaml", "channels/a.yaml")) Files.setLastModifiedTime(folder.resolve(f), SAVED);
    }

    @Test
    void everyFileButHiddenOnesSortedWithADigestOfItsBytes() throws IOException {
        List<FileStamp> stamps = InputFiles.scan(folder, true, Map.of(), 0);

        assertEquals(List.of("channels/a.yaml", "organisation.yaml"), stamps.stream().map(FileStamp::path).toList());
        assertEquals(InputFiles.digestOf(folder.resolve("channels/a.yaml")), stamps.get(0).digest());
        assertEquals(3, InputFiles.scan(folder, false, Map.of(), 0).size(), "the templates' scan keeps hidden files");
    }

    @Test
    void anUnchangedFileKeepsItsDigestWithoutBeingRead() throws IOException {
        List<FileStamp> first = InputFiles.scan(folder, true, Map.of(), 0);
        Map<String, FileStamp> earlier = InputFiles.byPath(List.of(
                new FileStamp("channels/a.yaml", first.get(0).size(), first.get(0).modified(), "kept"), first.get(1)));

        List<FileStamp> again = InputFiles.scan(folder, true, earlier, LONG_AFTER);

        assertEquals("kept", again.get(0).digest(), "same size and time, long before that scan: not read");
    }

    @Test
    void aFileSavedAroundTheLastScanIsReadAgainThoughItsSizeAndTimeAreTheSame() throws IOException {
        List<FileStamp> first = InputFiles.scan(folder, true, Map.of(), 0);
        Files.writeString(folder.resolve("channels/a.yaml"), "name: c\n");  // saved within the same clock tick
        Files.setLastModifiedTime(folder.resolve("channels/a.yaml"), SAVED);

        List<FileStamp> again = InputFiles.scan(folder, true, InputFiles.byPath(first), first.get(0).modified() + 1_000_000_000L);

        assertEquals(first.get(0).size(), again.get(0).size());
        assertEquals(first.get(0).modified(), again.get(0).modified());
        assertEquals(InputFiles.digestOf(folder.resolve("channels/a.yaml")), again.get(0).digest(),
                "within two seconds of that scan: read again, and the change seen");
        assertFalse(InputFiles.sameContent(first, again));
    }

    @Test
    void sameContentComparesPathsAndBytesOnly() throws IOException {
        List<FileStamp> a = InputFiles.scan(folder, true, Map.of(), 0);
        Files.setLastModifiedTime(folder.resolve("channels/a.yaml"), FileTime.from(Instant.parse("2027-01-01T00:00:00Z")));
        assertTrue(InputFiles.sameContent(a, InputFiles.scan(folder, true, InputFiles.byPath(a), LONG_AFTER)));

        Files.writeString(folder.resolve("channels/a.yaml"), "name: b\n");
        assertFalse(InputFiles.sameContent(a, InputFiles.scan(folder, true, InputFiles.byPath(a), LONG_AFTER)));
    }
}
