package se.kanalregister.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.text.Messages;

/**
 * One line on standard error that says what a long build is doing ("Bygger kanalernas sidor
 * i handboken · 12345 filer klara") and rewrites itself in place, for a person watching the
 * terminal. Nothing is drawn until the build has run for {@link #DELAY}, so a quick build
 * prints exactly what it would without it; the line changes at most every {@link #INTERVAL}
 * and is erased when the build finishes, before anything else is printed, or when Ctrl-C
 * stops the program. The building thread only sets volatile fields; a daemon thread draws.
 */
final class ProgressLine implements BuildProgress {

    /**
     * A short wait needs no feedback. A register of 100 channels takes 0.9–1.3 s to check and
     * build on a small machine (2 cores), and about 2 s while another build runs beside it; a
     * shorter delay would flash the line over builds that are not large.
     */
    static final Duration DELAY = Duration.ofSeconds(2);
    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final String CLEAR_TO_END = "\u001b[K";
    /** Back to the start of the line, then clear it. */
    static final String ERASE = "\r" + CLEAR_TO_END;

    /** What the build is doing: a step of writing, or reading and checking when {@code step} is null. */
    private record State(String step, IntSupplier filesWritten) {}

    private final PrintStream err;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private volatile long startedAt;
    private volatile State state;  // null until the build starts; set after startedAt
    private String shown = "";     // the text on the screen now; guarded by this, like the fields below
    private long shownAt;
    private boolean finished;

    /** A line that draws only when {@link #tick()} is called, reading the time from {@code nanoTime}. */
    ProgressLine(PrintStream err, Messages messages, LongSupplier nanoTime) {
        this.err = err;
        this.messages = messages;
        this.nanoTime = nanoTime;
    }

    /**
     * A progress line for the build about to start, drawn by a daemon thread, or
     * {@link BuildProgress#NONE} when nobody would see it (see {@link #wanted}).
     */
    static BuildProgress startIfWanted(PrintStream err, Messages messages, boolean quiet) {
        if (!wanted(stderrIsTerminal(), System.getenv("TERM"), quiet)) return NONE;
        ProgressLine line = new ProgressLine(err, messages, System::nanoTime);
        Runtime.getRuntime().addShutdownHook(line.eraseOnExit());
        line.startDrawing();
        return line;
    }

    /**
     * The shutdown hook: on Ctrl-C the JVM exits mid-build, before the build's own
     * {@link #finished()} runs, and the line would stay under the shell's prompt. It stays
     * registered after the build: by then it prints nothing, and there is one per run.
     */
    Thread eraseOnExit() {
        return new Thread(this::finished, "kanalregister-progress-erase");
    }

    /**
     * Progress is for a person watching a terminal that can rewrite a line: never in a log or a
     * pipe, not with {@code --quiet}, and not when TERM is "dumb" or unset (Windows consoles
     * without TERM may print the erase sequence as text). NO_COLOR does not matter: this is no colour.
     */
    static boolean wanted(boolean stderrIsTerminal, String term, boolean quiet) {
        return stderrIsTerminal && !quiet && term != null && !term.isEmpty() && !term.equals("dumb");
    }

    /**
     * Whether standard error goes to a terminal. {@link System#console()} only tells about
     * standard input and output, so where /proc shows it (Linux) standard error is checked too:
     * {@code build 2> log} must not fill the log with progress.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;  // no /proc (macOS, Windows): the console's answer has to do
        }
    }

    private void startDrawing() {
        Thread drawer = new Thread(this::drawUntilFinished, "kanalregister-progress");
        drawer.setDaemon(true);  // never keeps the program alive
        drawer.start();
    }

    /** Stops within an {@link #INTERVAL} of the build finishing. */
    private void drawUntilFinished() {
        try {
            while (tick()) Thread.sleep(INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void checking() {
        startedAt = nanoTime.getAsLong();
        state = new State(null, () -> 0);
    }

    @Override
    public void writing(String step, IntSupplier filesWritten) {
        state = new State(step, filesWritten);
    }

    /**
     * Draws the line if the build has run long enough and the text has changed, at most once per {@link #INTERVAL}.
     *
     * @return false once the build is finished
     */
    synchronized boolean tick() {
        if (finished) return false;
        State s = state;
        long now = nanoTime.getAsLong();
        if (s == null || now - startedAt < DELAY.toNanos()) return true;
        if (!shown.isEmpty() && now - shownAt < INTERVAL.toNanos()) return true;
        String text = text(s);
        if (!text.equals(shown)) {
            err.print("\r" + text + CLEAR_TO_END);  // a shorter text leaves nothing of the longer one behind
            err.flush();
            shown = text;
            shownAt = now;
        }
        return true;
    }

    /** Erases the line, if one was drawn, and draws no more. */
    @Override
    public synchronized void finished() {
        if (finished) return;
        finished = true;
        if (!shown.isEmpty()) {
            err.print(ERASE);
            err.flush();
        }
    }

    private String text(State s) {
        if (s.step() == null) return messages.get("progress.checking");
        String key = "progress." + s.step();
        // a step without a text of its own (one added later) still gets the general one
        return messages.format(messages.has(key) ? key : "progress.writing", s.filesWritten().getAsInt());
    }
}
