package se.kanalregister.site.pub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/** Two builds of the same content write the same files, byte for byte: no time stamps, no hash order. */
class DeterminismTest {

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path a, @TempDir Path b) throws IOException {
        String content = Path.of("content").toAbsolutePath().toString();
        Sites.build(content, a);
        Sites.build(content, b);
        for (String part : List.of("public", "internal")) {
            List<String> files = Sites.files(a.resolve(part));
            assertEquals(files, Sites.files(b.resolve(part)));
            for (String f : files) {
                assertArrayEquals(Files.readAllBytes(a.resolve(part).resolve(f)), Files.readAllBytes(b.resolve(part).resolve(f)),
                        part + "/" + f);
            }
        }
    }
}
