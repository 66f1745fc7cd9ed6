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
 * A build's output, written into a hidden folder beside OUT and swapped in only when
 * complete: a failed or interrupted build leaves the earlier OUT/public and OUT/internal
 * exactly as they were. Anything else in OUT is left alone.
 */
public final class StagedOutput implements AutoCloseable {

    /** The folders of OUT that a build owns and replaces. */
    public static final List<String> PARTS = List.of("public", "internal");

    private final Path out;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    public static StagedOutput create(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IOException("the output folder cannot be the file system's root: " + out);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + "-bygge-");
        for (String part : PARTS) Files.createDirectory(staging.resolve(part));
        return new StagedOutput(abs, staging);
    }

    /** Where a part's files are written until {@link #commit()}. */
    public Path part(String name) {
        if (!PARTS.contains(name)) throw new IllegalArgumentException("not an output part: " + name);
        return staging.resolve(name);
    }

    /** Swaps the new parts in: each is a rename within one file system, the old one removed after. */
    public void commit() throws IOException {
        Files.createDirectories(out);
        for (String part : PARTS) {
            Path target = out.resolve(part);
            Path old = staging.resolve(part + ".old");
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve(part), target, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
        deleteTree(staging);
    }

    /** Removes the staging folder; after a successful commit only old outputs remain in it. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
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
