package se.kanalregister.site.state;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Which build of the tool is running: a build state written by any other one is not trusted,
 * since templates, texts or rules inside the program may have changed. From a jar, its version,
 * size and time of change; from a classes folder (tests, an IDE), the sizes and times of every
 * class and resource in it.
 */
public final class ToolVersion {

    private static String current;

    private ToolVersion() {}

    /** This program's version stamp; computed once per run. */
    public static synchronized String current() {
        if (current == null) current = compute();
        return current;
    }

    private static String compute() {
        String version = String.valueOf(ToolVersion.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            if (!a.isDirectory()) return version + " jar " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Fingerprint f = new Fingerprint();
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class);
                    f.add(code.relativize(p).toString()).add(b.size()).add(b.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                }
            }
            return version + " classes " + f.finish();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();  // never equal to a stored one: every build is a full one
        }
    }
}
