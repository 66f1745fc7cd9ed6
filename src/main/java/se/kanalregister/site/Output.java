package se.kanalregister.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.kanalregister.render.StreamedPage;

/**
 * One output folder (public or internal) that pages are written into. Every path is
 * checked: relative, forward slashes, no {@code ..}, no empty or hidden segments, so no id
 * or file name can place a file outside the folder. Thread-safe.
 */
public final class Output {

    private final Path root;
    private final Written listener;
    private final AtomicInteger files = new AtomicInteger();
    /** Folders already made: asking the file system again costs a failed mkdir per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** Told of each file once it is written and closed, with its path as given and the file. */
    public interface Written {
        void written(String path, Path file) throws IOException;
    }

    public Output(Path root) {
        this(root, (path, file) -> {});
    }

    public Output(Path root, Written listener) {
        this.root = root;
        this.listener = listener;
    }

    public void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) throws IOException {
        Path target = prepare(path);
        Files.write(target, bytes);
        written(path, target);
    }

    /** Writes the file at {@code path} as {@code page} is made. */
    public void write(String path, StreamedPage page) throws IOException {
        Path target = prepare(path);
        try (OutputStream out = Files.newOutputStream(target)) {
            page.writeTo(out);
        }
        written(path, target);
    }

    private void written(String path, Path target) throws IOException {
        files.incrementAndGet();
        listener.written(path, target);
    }

    /** The checked file for {@code path}, its folder made. */
    private Path prepare(String path) throws IOException {
        Path target = resolve(path);
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return target;
    }

    /** The number of files written so far. */
    public int fileCount() {
        return files.get();
    }

    /** The file for {@code path}, after checking that it stays inside the folder. */
    Path resolve(String path) {
        if (!isSafe(path)) throw new IllegalArgumentException("bad output path: " + path);
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) throw new IllegalArgumentException("output path escapes its folder: " + path);
        return target;
    }

    /**
     * Whether {@code path} is relative and made of segments {@code [a-z0-9-][a-z0-9._-]*} joined by
     * single slashes, none containing {@code ..}. A segment may start with a hyphen because a
     * channel id may ({@link se.kanalregister.text.Slugs#isValidId}): every id the loader
     * accepts must be a path the writer accepts. A loop, not a pattern per segment: it runs for
     * each of tens of thousands of files.
     */
    static boolean isSafe(String path) {
        boolean segmentStart = true;
        char previous = '/';
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean idChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (c == '/') {
                if (segmentStart) return false;
                segmentStart = true;
            } else if (idChar || (!segmentStart && (c == '_' || (c == '.' && previous != '.')))) {
                segmentStart = false;
            } else {
                return false;
            }
            previous = c;
        }
        return !segmentStart;
    }
}
