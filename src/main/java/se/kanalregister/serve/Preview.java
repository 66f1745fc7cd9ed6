package se.kanalregister.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.function.Function;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.text.Messages;

/**
 * A running live preview: builds once, serves OUT/public at {@code /} and OUT/internal at
 * {@code /intern/} on 127.0.0.1 only, watches the content and templates, rebuilds after
 * each change and tells open pages to reload. A failed build leaves the last good site
 * being served, with its errors on every page and in the terminal, until a build succeeds.
 * So does a fault of the program in a build, said to be one; only after running out of memory
 * does the preview stop, see {@link #crashed()}.
 * {@link #close()} stops everything; it is safe to call from a shutdown hook and more than once.
 */
public final class Preview implements AutoCloseable {

    /** How long the sources must be still before a build starts: one save is often several writes. */
    static final Duration QUIET = Duration.ofMillis(150);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final HttpServer server;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4, daemon("kanalregister-http"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("kanalregister-heartbeat"));
    private final BuildEvents events = new BuildEvents();
    private final BuildQueue queue;
    private final SourceWatcher watcher;
    private final PreviewHandler handler;
    private final Function<Set<Path>, BuildReport> build;
    private final Terminal terminal;
    private final Messages messages;
    private final Path displayBase;
    private final Path out;
    private final String runId = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long builds;
    private volatile BuildStatus status;
    private volatile Throwable crash;
    private Throwable reported;  // the fault the last build reported; on the queue's thread only
    private boolean closed;

    private Preview(PreviewSettings settings, Messages messages, Terminal terminal, Function<Set<Path>, BuildReport> build,
                    HttpServer server) throws IOException {
        this.server = server;
        this.build = build;
        this.terminal = terminal;
        this.messages = messages;
        this.displayBase = settings.displayBase().toAbsolutePath().normalize();
        this.queue = new BuildQueue(QUIET, this::rebuild, this::crashed);
        this.watcher = new SourceWatcher(List.of(settings.content(), settings.templates()), new IgnoredPaths(settings.out()),
                queue::changed);
        this.out = settings.out().toAbsolutePath().normalize();
        this.handler = new PreviewHandler(new FileResolver(out.resolve("public"), out.resolve("internal")), events,
                () -> status, messages);
    }

    /**
     * Binds the port, builds, and starts serving and watching.
     *
     * @param firstBuild told how the first build, the long one, is getting on
     * @throws java.net.BindException when the port is taken or may not be used
     */
    public static Preview start(PreviewSettings settings, Messages messages, Terminal terminal, BuildProgress firstBuild)
            throws IOException, InterruptedException {
        return start(settings, messages, terminal, new SiteBuild(settings, messages, firstBuild)::run);
    }

    /** With another build step, for tests that need pages before the site parts exist. */
    static Preview start(PreviewSettings settings, Messages messages, Terminal terminal,
                         Function<Set<Path>, BuildReport> build)
            throws IOException, InterruptedException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, settings.port()), 0);
        Preview preview = null;
        try {
            preview = new Preview(settings, messages, terminal, build, server);
            preview.begin();
            return preview;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (preview != null) preview.close();
            else server.stop(0);
            throw e;
        }
    }

    private void begin() throws IOException, InterruptedException {
        watcher.start();  // before the first build, so a change made during it is not missed
        queue.buildNow();
        if (crashed()) return;  // nothing to serve: awaitStop returns at once
        handler.listeningOn(port());
        server.createContext("/", handler);
        server.setExecutor(httpThreads);
        server.start();
        long beat = HEARTBEAT.toMillis();
        heartbeat.scheduleAtFixedRate(events::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        terminal.listening(url());
    }

    /** The port served on: the one asked for, or the free one picked for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Blocks until {@link #close()}, or until a build has {@link #crashed()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * True when a build ran out of memory (or a fault escaped its report): the preview stopped
     * serving and building, and {@code serve} should end as a program fault.
     */
    public boolean crashed() {
        return crash != null;
    }

    /** The latest build; there is always one once {@link #start} has returned. */
    BuildStatus status() {
        return status;
    }

    /** The number of pages listening for builds. */
    int listeners() {
        return events.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        watcher.close();
        queue.close();
        heartbeat.shutdownNow();
        events.close();
        server.stop(0);
        httpThreads.shutdownNow();
        terminal.stopped();
        stopped.countDown();
    }

    /**
     * On the queue's thread, one at a time. A fault of the program, even an {@link Error}, is
     * reported like any failed build; an {@link OutOfMemoryError} is rethrown after that, to
     * {@link #crashed(Throwable)}: the next build would most likely run out as well.
     */
    private void rebuild(Collection<Path> changed) {
        terminal.changed(changed.stream().filter(Preview::worthShowing).map(this::displayName).sorted().toList());
        long start = System.nanoTime();
        BuildReport report;
        Throwable fault = null;
        try {
            report = build.apply(Set.copyOf(changed));
        } catch (RuntimeException | Error e) {
            report = fault(e, Duration.ofNanos(System.nanoTime() - start));
            fault = e;
        }
        reported = fault;
        publish(report);
        if (fault instanceof OutOfMemoryError oom) throw oom;
    }

    private void publish(BuildReport report) {
        boolean siteOnDisk = report.ok() || Files.isDirectory(out.resolve("public"));
        BuildStatus next = new BuildStatus(runId + "-" + ++builds, report, siteOnDisk);
        status = next;
        terminal.built(report, siteOnDisk);
        events.publish(next.id());
    }

    /**
     * On the queue's thread, with what escaped {@link #rebuild}: reported unless it was, then
     * {@link #awaitStop} returns, so that {@code serve} closes the preview and ends.
     */
    private void crashed(Throwable t) {
        crash = t;
        try {
            if (t != reported) publish(fault(t, Duration.ZERO));
        } finally {
            stopped.countDown();
        }
    }

    /** A fault of the program: said to be one, in one line, without a stack trace. */
    private BuildReport fault(Throwable t, Duration took) {
        return new BuildReport(false, 0, took, List.of(new Problem("kanalregister", Faults.describe(t, messages))), List.of());
    }

    /** Not a tool's temporary file, created and renamed away before the build (sed -i writes "sedXYZ123"). */
    private static boolean worthShowing(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) || p.getFileName().toString().contains(".");
    }

    private String displayName(Path p) {
        return SourcePosition.displayName(displayBase, p);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
