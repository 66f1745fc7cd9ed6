package se.kanalregister.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;

/**
 * What each channel file read into last time, with its diagnostics, by the file's size and
 * time of change: a rebuild in the live preview then reads and parses only the files that
 * changed, which at 10,000 channels is the difference between a second and a few
 * milliseconds. Results are immutable records, so sharing them between loads is safe.
 *
 * <p>It also keeps the last listing of the channels folder. When a file watcher says which
 * files changed, and the folder itself has not (no file added, removed or renamed: that
 * changes the folder's time), the listing is reused with only those files looked at again,
 * which spares looking at 10,000 files to find the one that was saved. Thread-safe.
 */
final class ReadMemo {

    /** @param context anything else the result depends on (the organisation's language) */
    private record Stamp(long size, FileTime modified, String context) {}

    private record Kept(Stamp stamp, Object value, List<Diagnostic> diagnostics) {}

    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();
    private Listing listing;

    /** A listing of {@code folder} that found no problems, made when the folder's time was {@code modified}. */
    private record Listing(Path folder, FileTime modified, List<ListedFile> files, Map<Path, Integer> index) {}

    /**
     * The result of {@code reader} for {@code path}: kept from the last load when the file is unchanged.
     *
     * @param attributes the file's size and time of change, as the folder's listing read them
     */
    <T> T read(Path path, BasicFileAttributes attributes, String context, Diagnostics diagnostics,
               Function<Diagnostics, T> reader) {
        seen.add(path);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime(), context);
        Kept k = kept.get(path);
        if (k != null && k.stamp().equals(stamp)) {
            diagnostics.addAll(k.diagnostics());
            @SuppressWarnings("unchecked")
            T value = (T) k.value();
            return value;
        }
        Diagnostics own = new Diagnostics();
        T value = reader.apply(own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        kept.put(path, new Kept(stamp, value, found));
        return value;
    }

    /** Keeps {@code files}, the listing of {@code folder}, for {@link #relist}; null forgets any listing. */
    synchronized void listed(Path folder, FileTime modified, List<ListedFile> files) {
        if (files == null || modified == null) {
            listing = null;
            return;
        }
        Map<Path, Integer> index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) index.put(normal(files.get(i).path()), i);
        listing = new Listing(normal(folder), modified, List.copyOf(files), index);
    }

    /**
     * The last listing of {@code folder}, with the files in {@code changed} looked at again;
     * null when it cannot be trusted: the folder changed, or a changed path is not a file of
     * the listing (new, gone, in a subfolder, or the folder itself after lost events).
     */
    synchronized List<ListedFile> relist(Path folder, Set<Path> changed) {
        Path dir = normal(folder);
        if (listing == null || !listing.folder().equals(dir) || !Objects.equals(modified(dir), listing.modified())) return null;
        List<ListedFile> files = new ArrayList<>(listing.files());
        for (Path p : changed) {
            Path abs = normal(p);
            if (dir.startsWith(abs)) return null;  // the folder or one above it: after lost events, anything may have changed
            if (!abs.startsWith(dir)) continue;  // another folder's file: the loader reads those anew anyway
            Integer i = listing.index().get(abs);
            if (i == null) return null;
            try {
                BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) return null;
                files.set(i, new ListedFile(files.get(i).path(), a));
            } catch (IOException e) {
                return null;
            }
        }
        return files;
    }

    /** The folder's time of change, or null when it cannot be read. */
    static FileTime modified(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Forgets the files this load did not read (deleted or renamed), so the memo never outgrows the folder. */
    void endOfLoad() {
        kept.keySet().retainAll(seen);
        seen.clear();
    }
}
