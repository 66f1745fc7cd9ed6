package se.kanalregister.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders and every folder below them for files and folders that are created,
 * changed or deleted. New folders are watched as they appear (with what is already in them);
 * a watched folder that is deleted, or does not exist yet, is noticed through its parent.
 * Paths the filter ignores (editor swap files, the output) are neither reported nor walked.
 * Changes go to the listener on the watcher's own thread, a batch at a time. Thread-safe.
 */
final class SourceWatcher implements AutoCloseable {

    private final List<Path> roots;
    private final Predicate<Path> ignored;
    private final Consumer<List<Path>> listener;
    private final WatchService service;
    /** Each watched folder, and whether only the roots among its entries count (a root's parent). */
    private final Map<WatchKey, Watched> keys = new ConcurrentHashMap<>();
    private final Thread thread;

    private record Watched(Path dir, boolean parentOnly) {}

    SourceWatcher(List<Path> roots, Predicate<Path> ignored, Consumer<List<Path>> listener) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignored = ignored;
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::loop, "kanalregister-watch");
        this.thread.setDaemon(true);
    }

    void start() throws IOException {
        for (Path root : roots) {
            Path parent = root.getParent();
            if (parent != null && Files.isDirectory(parent)) register(parent, true);
            if (Files.isDirectory(root)) registerTree(root);
        }
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
            thread.join(5_000);
        } catch (IOException e) {
            // Closing a watch service does not fail in practice; the thread is a daemon anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                List<Path> changed = events(key);
                if (!changed.isEmpty()) listener.accept(List.copyOf(changed));
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is stopping
        }
    }

    private List<Path> events(WatchKey key) {
        Watched watched = keys.get(key);
        List<Path> changed = new ArrayList<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                rescan();
                changed.addAll(roots);
                continue;
            }
            if (watched == null) continue;
            Path child = watched.dir().resolve((Path) event.context());
            if (watched.parentOnly() && !roots.contains(child) || ignored.test(child)) continue;
            changed.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                changed.addAll(registerQuietly(child));  // what was put in it before it was watched
            }
        }
        if (!key.reset()) keys.remove(key);
        return changed;
    }

    /** After lost events: make sure every folder is watched again. */
    private void rescan() {
        for (Path root : roots) if (Files.isDirectory(root)) registerQuietly(root);
    }

    private List<Path> registerQuietly(Path dir) {
        try {
            return registerTree(dir);
        } catch (IOException e) {
            return List.of();  // gone again already, or unreadable: the build will say so if it matters
        }
    }

    /**
     * Watches {@code dir} and every folder below it, each before its entries are listed, so a
     * new entry is either listed or reported by the service. Returns the entries found below {@code dir}.
     */
    private List<Path> registerTree(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        registerTree(dir, found);
        return found;
    }

    private void registerTree(Path dir, List<Path> found) throws IOException {
        register(dir, false);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (ignored.test(entry)) continue;
                found.add(entry);
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) registerSubtree(entry, found);
            }
        }
    }

    /** A folder below: if it is gone already, its siblings are still watched. */
    private void registerSubtree(Path dir, List<Path> found) {
        try {
            registerTree(dir, found);
        } catch (IOException e) {
            // deleted or unreadable meanwhile; its parent's events tell the rest
        }
    }

    private void register(Path dir, boolean parentOnly) throws IOException {
        WatchKey key = dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY},
                WatchSensitivity.HIGH);
        // A folder that is both a root's parent and inside a root counts fully.
        keys.merge(key, new Watched(dir, parentOnly), (old, now) -> old.parentOnly() ? now : old);
    }
}
