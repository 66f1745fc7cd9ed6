package se.kanalregister.site.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;

/**
 * What a build left in OUT/public and OUT/internal: every file's path, size, time of change and
 * file-system identity (device and inode). A file edited, replaced, added or removed by anyone
 * else since changes the print, and the next build then writes everything.
 *
 * <p>The print is a sum of one 64-bit hash per file, so it is kept up to date file by file as a
 * build writes, with no second pass over tens of thousands of files. Thread-safe.
 */
public final class OutputPrint {

    /** The folders of OUT a build owns, as in {@code StagedOutput.PARTS}. */
    private static final String[] PARTS = {"public", "internal"};

    private final Map<String, Long> files = new ConcurrentHashMap<>();

    /** An empty print, to be filled as files are written. */
    public OutputPrint() {}

    /** The print of what is in OUT now, looked at on every core: tens of thousands of files, one system call each. */
    public static OutputPrint of(Path out) throws IOException {
        OutputPrint print = new OutputPrint();
        List<Folder> folders = new ArrayList<>();
        for (String part : PARTS) {
            Path root = out.resolve(part);
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) folders.add(new Folder(print, root, part + "/"));
        }
        try {
            ForkJoinTask.invokeAll(folders);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return print;
    }

    /** One folder's files, and a task for each folder in it. */
    private static final class Folder extends RecursiveAction {
        private final OutputPrint print;
        private final Path dir;
        private final String prefix;

        Folder(OutputPrint print, Path dir, String prefix) {
            this.print = print;
            this.dir = dir;
            this.prefix = prefix;
        }

        @Override
        protected void compute() {
            List<Folder> below = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    String path = prefix + p.getFileName();
                    if (a.isDirectory()) below.add(new Folder(print, p, path + "/"));
                    else print.written(path, a);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            invokeAll(below);
        }
    }

    /** Records the file at {@code path} (relative to OUT) as it is now, after it was written. */
    public void written(String path, BasicFileAttributes a) {
        long h = hash(path);
        h = mix(h ^ a.size());
        h = mix(h ^ a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        h = mix(h ^ Objects.hashCode(a.fileKey()) ^ (a.isSymbolicLink() ? 1L << 40 : 0));
        files.put(path, h);
    }

    /**
     * Forgets every file below one of {@code folders} (relative to OUT, each ending in a
     * slash): they were replaced whole. One pass over the files, whatever the number of folders.
     */
    public void removeUnder(Set<String> folders) {
        if (folders.isEmpty()) return;
        files.keySet().removeIf(path -> {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (folders.contains(path.substring(0, slash + 1))) return true;
            }
            return false;
        });
    }

    /** The number of files. */
    public int count() {
        return files.size();
    }

    /** The print itself: equal for two walks of an untouched output. */
    public long digest() {
        long sum = 0;
        for (long h : files.values()) sum += h;
        return sum;
    }

    /** FNV-1a, 64 bits, over the path's chars. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
