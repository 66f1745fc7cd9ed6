package se.kanalregister.site.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The files of an input folder (the content or the templates) with a digest of each, found
 * without reading a file whose size and time of change are those of the last build's scan.
 *
 * <p>A time of change is not proof on its own: a file saved twice within one tick of the file
 * system's clock keeps its time, and a file saved while the last build scanned may have been
 * read half old, half new. So a file whose time lies within {@link #UNSURE_NANOS} of that scan's
 * start is read again, as git does with its "racily clean" entries.
 */
public final class InputFiles {

    /** Two seconds: the coarsest clock of a common file system (FAT), with room for the scan itself. */
    static final long UNSURE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private InputFiles() {}

    /**
     * Every file below {@code folder}, sorted by path; none when the folder does not exist.
     *
     * @param skipHidden    leave out names that begin with a dot, which the content loader never reads
     *                      (an editor's swap file, a {@code .git} folder)
     * @param earlier       the last build's stamps of this folder, by path; empty for none
     * @param earlierScan   when that build's scan began, in nanoseconds since 1970
     * @throws IOException  when a file cannot be read; the caller builds everything then
     */
    public static List<FileStamp> scan(Path folder, boolean skipHidden, Map<String, FileStamp> earlier, long earlierScan)
            throws IOException {
        List<FileStamp> listed = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return listed;
        list(folder, "", skipHidden, listed);
        listed.sort((a, b) -> a.path().compareTo(b.path()));
        try {
            return listed.parallelStream().map(s -> {
                FileStamp before = earlier.get(s.path());
                if (before != null && before.size() == s.size() && before.modified() == s.modified()
                        && s.modified() < earlierScan - UNSURE_NANOS) {
                    return new FileStamp(s.path(), s.size(), s.modified(), before.digest());
                }
                return new FileStamp(s.path(), s.size(), s.modified(), digestOf(folder.resolve(s.path())));
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The stamps by path, for the next {@link #scan}. */
    public static Map<String, FileStamp> byPath(List<FileStamp> stamps) {
        Map<String, FileStamp> out = new TreeMap<>();
        for (FileStamp s : stamps) out.put(s.path(), s);
        return out;
    }

    /** True when both scans found the same files with the same bytes. */
    public static boolean sameContent(List<FileStamp> a, List<FileStamp> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).path().equals(b.get(i).path()) || !a.get(i).digest().equals(b.get(i).digest())) return false;
        }
        return true;
    }

    private static void list(Path dir, String prefix, boolean skipHidden, List<FileStamp> out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (skipHidden && name.startsWith(".")) continue;
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;  // deleted while listed; the loader will not see it either
                }
                if (a.isDirectory()) {
                    list(p, prefix + name + "/", skipHidden, out);
                } else {
                    // a link is stamped as the link, never followed: the loader refuses links anyway
                    out.add(new FileStamp(prefix + name, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                            a.isSymbolicLink() ? "link" : null));
                }
            }
        }
    }

    /** SHA-256 of the file's bytes, 32 hex digits; a link's digest is "link". */
    static String digestOf(Path file) {
        try {
            if (Files.isSymbolicLink(file)) return "link";
            return Fingerprint.ofBytes(Files.readAllBytes(file));
        } catch (NoSuchFileException gone) {
            return "gone";  // deleted since it was listed: differs from any digest of bytes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
