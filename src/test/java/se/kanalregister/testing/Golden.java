package se.kanalregister.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: the whole output compared with a reviewed file under
 * src/test/resources/golden. Run with {@code -Dgolden.update=true} to rewrite the files
 * after an intended change, then review the diff in git.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("golden file " + file + " did not exist; it has been written — review and commit it");
            }
            return;
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(showWhitespace(expected), showWhitespace(actual), "output differs from " + file
                + " (run with -Dgolden.update=true if the change is intended)");
    }

    /** Makes trailing spaces and tabs visible in a failure's diff. */
    static String showWhitespace(String s) {
        return s.replace("\t", "→").replace(" \n", "·\n");
    }
}
