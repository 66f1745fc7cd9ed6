package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/**
 * The fixture "canary" fills every internal field with a value that appears nowhere else.
 * Not one byte or path of the public output may contain any of them; the internal output must.
 */
class LeakTest {

    /** Every internal value of the fixture, as it would appear in any output (dates in ISO form). */
    static final List<String> CANARIES = Stream.of(1, 2, 3, 4).flatMap(i -> Stream.of(
            "KANARIE-OWNER-" + i, "KANARIE-DEPUTY-" + i, "KANARIE-ADMIN-A-" + i, "KANARIE-ADMIN-B-" + i,
            "KANARIE-APPROVER-" + i, "KANARIE-RETENTION-" + i, "KANARIE-NOTES-" + i,
            "2011-11-1" + i, "2026-10-1" + i, "2026-09-2" + i)).toList();

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Sites.build("canary", out);
    }

    @Test
    void noPublicFileOrPathHoldsAnInternalValue() throws IOException {
        List<String> files = Sites.files(out.resolve("public"));
        assertFalse(files.isEmpty(), "the public site was written");
        for (String file : files) {
            String lowerPath = file.toLowerCase(java.util.Locale.ROOT);
            assertFalse(lowerPath.contains("kanarie-"), "a public path holds a canary: " + file);
            String text = new String(Files.readAllBytes(out.resolve("public").resolve(file)), StandardCharsets.UTF_8);
            String folded = text.toUpperCase(java.util.Locale.ROOT);
            for (String canary : CANARIES) {
                assertFalse(folded.contains(canary), () -> "public/" + file + " holds the internal value " + canary);
            }
            assertFalse(folded.contains("KANARIE-"), () -> "public/" + file + " holds part of an internal value");
        }
    }

    @Test
    void theInternalRegisterShowsEveryInternalValue() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : Sites.files(out.resolve("internal"))) {
            if (file.endsWith(".html")) all.append(Files.readString(out.resolve("internal").resolve(file)));
        }
        for (String canary : CANARIES) {
            assertTrue(all.indexOf(canary) >= 0, () -> "the internal site lacks " + canary);
        }
    }
}
