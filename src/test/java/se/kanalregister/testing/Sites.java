package se.kanalregister.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds fixture registers from src/test/resources/fixtures into a temporary folder. */
public final class Sites {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    private Sites() {}

    /**
     * Builds fixture {@code name} (or any content folder if {@code name} is a path) with the
     * built-in templates into {@code out} as of 2026-11-21, failing the test unless the build succeeds.
     */
    public static Path build(String name, Path out) {
        Path content = name.contains("/") ? Path.of(name).toAbsolutePath() : FIXTURES.resolve(name);
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content", content.toString(),
                "--templates", out.resolve("no-user-templates").toString(), "--out", out.toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), () -> "build of " + name + " failed:\n" + r.stderr());
        return out;
    }

    /** A file of a built site as text. */
    public static String read(Path site, String relative) {
        try {
            return Files.readString(site.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code dir}, relative, sorted. */
    public static java.util.List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code actual}'s public and internal folders hold exactly the files and folders of
     * {@code expected}'s, byte for byte: what an incremental build must leave, next to a full one.
     */
    public static void assertSameSite(Path expected, Path actual) {
        for (String part : List.of("public", "internal")) {
            List<String> files = files(expected.resolve(part));
            assertEquals(files, files(actual.resolve(part)), part);
            assertEquals(folders(expected.resolve(part)), folders(actual.resolve(part)), part + ": no folder left behind");
            for (String f : files) {
                try {
                    assertArrayEquals(Files.readAllBytes(expected.resolve(part).resolve(f)),
                            Files.readAllBytes(actual.resolve(part).resolve(f)), part + "/" + f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Every folder below {@code dir}, relative, sorted. */
    public static List<String> folders(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isDirectory).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from} with everything in it to {@code to}, such as the example content to a test's own. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
