package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;

/**
 * The open data are byte-identical across builds: in one process, with another --today,
 * and in a separate JVM with another time zone, language and default encoding.
 */
class DeterminismTest {

    static final Path EXAMPLE = Path.of("content").toAbsolutePath();

    @TempDir
    Path tmp;

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : OpenData.FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve("public").resolve(f)), Files.readAllBytes(b.resolve("public").resolve(f)),
                    f + " differs between builds");
        }
    }

    private static void build(Path content, Path out, String today) {
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content", content.toString(), "--templates",
                out.resolve("no-user-templates").toString(), "--out", out.toString(), "--today", today, "--quiet");
        assertEquals(0, r.exitCode(), r.stderr());
    }

    @Test
    void twoBuildsOfTheFixtureAreIdentical() throws IOException {
        assertSameFiles(Sites.build("opendata-small", tmp.resolve("a")), Sites.build("opendata-small", tmp.resolve("b")));
    }

    @Test
    void theBuildDayChangesNothing() throws IOException {
        build(EXAMPLE, tmp.resolve("a"), "2026-11-21");
        build(EXAMPLE, tmp.resolve("b"), "2031-02-28");
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
    }

    @Test
    void anotherJvmWithAnotherZoneLanguageAndEncodingWritesTheSameBytes() throws Exception {
        for (Path content : List.of(EXAMPLE, Sites.FIXTURES.resolve("opendata-small"))) {
            Path here = tmp.resolve("here-" + content.getFileName());
            Path there = tmp.resolve("there-" + content.getFileName());
            build(content, here, "2026-11-21");
            runInOtherJvm(content, there);
            assertSameFiles(here, there);
        }
    }

    private static void runInOtherJvm(Path content, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "se.kanalregister.cli.Main", "build", "--content",
                content.toString(), "--templates", out.resolve("no-user-templates").toString(), "--out", out.toString(),
                "--today", "2026-11-21", "--quiet"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the build in another JVM did not finish");
        }
        String log = Files.readString(out.resolveSibling(out.getFileName() + ".log"), StandardCharsets.ISO_8859_1);
        assertEquals(0, p.exitValue(), log);
        assertEquals(true, new File(out.toFile(), "public").isDirectory(), log);
    }
}
