package se.kanalregister.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs builds one at a time on a thread of its own. Changes are collected until none has
 * come for a quiet moment, so saving five files, or an editor's save-by-rename, makes one
 * build; a change during a build makes one more after it. Thread-safe.
 */
final class BuildQueue implements AutoCloseable {

    private final Duration quiet;
    private final Consumer<Set<Path>> build;
    private final Consumer<Throwable> crashed;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kanalregister-build");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> scheduled;

    /**
     * @param build   given the paths changed since the last build (empty for the first)
     * @param crashed given what a build throws: the future of a scheduled build is never read
     */
    BuildQueue(Duration quiet, Consumer<Set<Path>> build, Consumer<Throwable> crashed) {
        this.quiet = quiet;
        this.build = build;
        this.crashed = crashed;
    }

    /** Builds now, on the queue's thread, and waits for it. */
    void buildNow() throws InterruptedException {
        try {
            thread.submit(this::runPending).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the build failed unexpectedly", e.getCause());
        }
    }

    /** Notes changed paths; a build starts once no change has come for the quiet moment. */
    synchronized void changed(Collection<Path> paths) {
        if (thread.isShutdown()) return;
        pending.addAll(paths);
        if (scheduled != null) scheduled.cancel(false);
        scheduled = thread.schedule(this::runPending, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops taking changes and lets a running build finish (within 30 s), so it cleans up its staging folder. */
    @Override
    public void close() {
        synchronized (this) {
            thread.shutdown();
            if (scheduled != null) scheduled.cancel(false);
        }
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runPending() {
        Set<Path> paths;
        synchronized (this) {
            paths = Set.copyOf(pending);
            pending.clear();
        }
        try {
            build.accept(paths);
        } catch (RuntimeException | Error e) {
            crashed.accept(e);
        }
    }
}
