package se.kanalregister.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A build's output, written into a hidden folder beside OUT and moved in only when
 * complete: a failed or interrupted build leaves the earlier OUT/public and OUT/internal
 * exactly as they were. Anything else in OUT is left alone.
 *
 * <p>A full build {@linkplain #create replaces} both folders whole. A rebuild that wrote only
 * some files {@linkplain #overlay lays them over} the folders, each file replaced by a rename.
 *
 * <p>A staging folder holds a marker file that names its output and is locked while its build
 * runs. A build that was killed leaves its folder behind; the next build of the same output
 * finds it by that marker (never by its name alone, and never while another build holds the
 * lock) and removes it. Moving in the parts takes one rename each, so a build killed between
 * them would leave a new public site beside an old handbook; a journal written before the
 * first rename lets the next build finish that swap before it removes the folder.
 */
public final class StagedOutput implements AutoCloseable {

    /** The folders of OUT that a build owns and replaces. */
    public static final List<String> PARTS = List.of("public", "internal");

    /** In a staging folder: the absolute path of the output it belongs to, locked while its build runs. */
    static final String MARKER = ".kanalregister-bygge";
    /** In a staging folder: written once every file is in place, just before the swap begins. */
    static final String JOURNAL = ".byte-pagar";

    private final Path out;
    private final Path staging;
    private final boolean replace;
    /** For an overlay: folders of OUT (relative, ending in a slash) that the staged ones replace whole. */
    private final Set<String> replacedFolders;
    private final FileChannel marker;
    private final FileLock lock;
    private final Leftovers leftovers;
    private boolean committed;

    private StagedOutput(Path out, Path staging, boolean replace, Set<String> replacedFolders, FileChannel marker,
                         FileLock lock, Leftovers leftovers) {
        this.out = out;
        this.staging = staging;
        this.replace = replace;
        this.replacedFolders = Set.copyOf(replacedFolders);
        this.marker = marker;
        this.lock = lock;
        this.leftovers = leftovers;
    }

    /** For a full build: {@link #commit()} replaces OUT/public and OUT/internal. */
    public static StagedOutput create(Path out) throws IOException {
        return stage(out, true, Set.of());
    }

    /** For a rebuild of some files: {@link #commit()} moves each into place, leaving the others. */
    public static StagedOutput overlay(Path out) throws IOException {
        return stage(out, false, Set.of());
    }

    /**
     * The same, except that each of {@code replacedFolders} (relative to OUT, such as
     * {@code public/kanaler/x/}) ends up holding exactly what was staged for it: a file the
     * build did not write there is removed, and so is the folder when nothing was.
     */
    public static StagedOutput overlay(Path out, Set<String> replacedFolders) throws IOException {
        return stage(out, false, replacedFolders);
    }

    private static StagedOutput stage(Path out, boolean replace, Set<String> replacedFolders) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IOException("the output folder cannot be the file system's root: " + out);
        Files.createDirectories(parent);
        Leftovers leftovers = removeLeftovers(abs);
        Path staging = Files.createTempDirectory(parent, prefix(abs));
        FileChannel marker = FileChannel.open(staging.resolve(MARKER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock = marker.lock();
        marker.write(StandardCharsets.UTF_8.encode(abs + "\n"));
        for (String part : PARTS) Files.createDirectory(staging.resolve(part));
        return new StagedOutput(abs, staging, replace, replacedFolders, marker, lock, leftovers);
    }

    private static String prefix(Path abs) {
        return "." + abs.getFileName() + "-bygge-";
    }

    /** What this build cleared away before it began. */
    public Leftovers leftovers() {
        return leftovers;
    }

    /** Where a part's files are written until {@link #commit()}. */
    public Path part(String name) {
        if (!PARTS.contains(name)) throw new IllegalArgumentException("not an output part: " + name);
        return staging.resolve(name);
    }

    /** Moves the new files in: each is a rename within one file system, what it replaces removed after. */
    public void commit() throws IOException {
        Files.writeString(staging.resolve(JOURNAL), replace ? "replace\n" : "overlay\n", StandardCharsets.UTF_8);
        if (!replace) {
            for (String folder : new TreeSet<>(replacedFolders)) prune(out.resolve(folder), staging.resolve(folder));
            for (String part : PARTS) moveFiles(staging.resolve(part), out.resolve(part));
            committed = true;
            finish();
            return;
        }
        Files.createDirectories(out);
        try {
            for (String part : PARTS) swapIn(staging, out, part, false);
        } catch (IOException e) {
            restore();
            Files.deleteIfExists(staging.resolve(JOURNAL));
            throw e;
        }
        committed = true;
        finish();
    }

    /**
     * Moves OUT/part aside into the staging folder, then the staged part in. When {@code resuming}
     * a killed build's swap, a part already moved in is left as it is.
     */
    private static void swapIn(Path staging, Path out, String part, boolean resuming) throws IOException {
        Path staged = staging.resolve(part);
        if (resuming && !Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) return;
        Path target = out.resolve(part);
        Path old = staging.resolve(part + ".old");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where a part's earlier output waits while the new one moves in. */
    private Path old(String part) {
        return staging.resolve(part + ".old");
    }

    /**
     * After a failed swap, every part as it was before: a half-swapped site would mix new and
     * old pages, and the earlier output would be deleted with the staging folder.
     */
    private void restore() throws IOException {
        for (String part : PARTS) {
            if (!Files.exists(old(part))) continue;
            Path target = out.resolve(part);
            if (Files.exists(target)) Files.move(target, staging.resolve(part), StandardCopyOption.ATOMIC_MOVE);
            Files.move(old(part), target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the staging folder, the lock released first so that no one waits on a deleted file. */
    private void finish() throws IOException {
        release();
        deleteTree(staging);
    }

    private void release() throws IOException {
        if (!marker.isOpen()) return;
        lock.release();
        marker.close();
    }

    /** Removes the staging folder; after a successful commit only old outputs remain in it. */
    @Override
    public void close() throws IOException {
        if (committed) {
            release();
            return;
        }
        finish();
    }

    /**
     * Removes what killed builds of {@code out} left beside it: each hidden folder with this
     * output's marker that no running build holds. A swap that had begun is finished first,
     * since its staged files were complete and half of them are already in place.
     */
    static Leftovers removeLeftovers(Path out) throws IOException {
        Leftovers removed = Leftovers.NONE;
        TreeSet<Path> candidates = new TreeSet<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), prefix(out) + "*")) {
            for (Path p : siblings) candidates.add(p);
        }
        for (Path staging : candidates) {
            Path marker = staging.resolve(MARKER);
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) continue;  // not one of ours: left alone
            try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) continue;  // a build is running in it
                try {
                    if (!Files.readString(marker, StandardCharsets.UTF_8).strip().equals(out.toString())) continue;
                    int swaps = finishSwap(staging, out) ? 1 : 0;
                    removed = removed.plus(new Leftovers(1, countFiles(staging), swaps));
                } finally {
                    lock.release();
                }
            }
            deleteTree(staging);
        }
        return removed;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** Completes a swap that a killed build began, as its journal says; false when none had begun. */
    private static boolean finishSwap(Path staging, Path out) throws IOException {
        Path journal = staging.resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) return false;
        boolean replace = Files.readString(journal, StandardCharsets.UTF_8).strip().equals("replace");
        for (String part : PARTS) {
            if (replace) {
                swapIn(staging, out, part, true);
            } else if (Files.isDirectory(staging.resolve(part))) {
                moveFiles(staging.resolve(part), out.resolve(part));
            }
        }
        return true;
    }

    private static int countFiles(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return (int) files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    /** Removes from {@code target} every file and folder that {@code staged} does not have, and {@code target} itself when it has nothing. */
    private static void prune(Path target, Path staged) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path p : entries) {
                Path counterpart = staged.resolve(p.getFileName().toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) prune(p, counterpart);
                else if (!Files.exists(counterpart, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
            }
        }
    }

    private static void moveFiles(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
