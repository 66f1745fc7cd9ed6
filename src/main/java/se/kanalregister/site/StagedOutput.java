package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A build's output, written into a hidden folder beside OUT and moved in only when
 * complete: a failed or interrupted build leaves the earlier OUT/public and OUT/internal
 * exactly as they were. Anything else in OUT is left alone.
 *
 * <p>A full build {@linkplain #create replaces} both folders whole. A rebuild that wrote only
 * some files {@linkplain #overlay lays them over} the folders, each file replaced by a rename.
 */
public final class StagedOutput implements AutoCloseable {

    /** The folders of OUT that a build owns and replaces. */
    public static final List<String> PARTS = List.of("public", "internal");

    private final Path out;
    private final Path staging;
    private final boolean replace;
    private boolean committed;

    private StagedOutput(Path out, Path staging, boolean replace) {
        this.out = out;
        this.staging = staging;
        this.replace = replace;
    }

    /** For a full build: {@link #commit()} replaces OUT/public and OUT/internal. */
    public static StagedOutput create(Path out) throws IOException {
        return stage(out, true);
    }

    /** For a rebuild of some files: {@link #commit()} moves each into place, leaving the others. */
    public static StagedOutput overlay(Path out) throws IOException {
        return stage(out, false);
    }

    private static StagedOutput stage(Path out, boolean replace) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IOException("the output folder cannot be the file system's root: " + out);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + "-bygge-");
        for (String part : PARTS) Files.createDirectory(staging.resolve(part));
        return new StagedOutput(abs, staging, replace);
    }

    /** Where a part's files are written until {@link #commit()}. */
    public Path part(String name) {
        if (!PARTS.contains(name)) throw new IllegalArgumentException("not an output part: " + name);
        return staging.resolve(name);
    }

    /** Moves the new files in: each is a rename within one file system, what it replaces removed after. */
    public void commit() throws IOException {
        if (!replace) {
            for (String part : PARTS) moveFiles(staging.resolve(part), out.resolve(part));
            committed = true;
            deleteTree(staging);
            return;
        }
        Files.createDirectories(out);
        try {
            for (String part : PARTS) {
                Path target = out.resolve(part);
                if (Files.exists(target)) Files.move(target, old(part), StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging.resolve(part), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            restore();
            throw e;
        }
        committed = true;
        deleteTree(staging);
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

    /** Removes the staging folder; after a successful commit only old outputs remain in it. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
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
        if (!Files.exists(root)) return;
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
