package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    @TempDir
    Path root;

    @Test
    void acceptsTheSitesOwnPaths() {
        for (String path : new String[] {"index.html", "kanaler/kultur-facebook-2/index.html", "en/kanaler/a/info.txt",
                "assets/site.css", "a_b/c.d-e", "9", "kanaler/-rf/index.html", "-"}) {
            assertTrue(Output.isSafe(path), path);
        }
    }

    @Test
    void refusesAnyPathThatCouldLeaveTheFolderOrHideAFile() {
        for (String path : new String[] {"", "/", "/etc/passwd", "a/", "a//b", "../a", "a/../b", "a/..", "a..b/c", ".git/x",
                "a/.hidden", "_a", "A/b", "a b", "a\\\\b", "kanaler/å", "a\\u0000b", "a/./b"}) {
            assertFalse(Output.isSafe(path), path);
        }
    }

    @Test
    void writesOnlySafePaths() throws Exception {
        Output out = new Output(root);
        out.write("a/b.txt", new byte[] {'x'});
        assertEquals("x", Files.readString(root.resolve("a/b.txt")));
        assertThrows(IllegalArgumentException.class, () -> out.write("../escape.txt", new byte[0]));
        assertFalse(Files.exists(root.resolveSibling("escape.txt")));
        assertEquals(1, out.fileCount());
    }
}
