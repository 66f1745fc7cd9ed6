package se.kanalregister.serve;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.kanalregister.text.Durations;
import se.kanalregister.text.Messages;

/**
 * What {@code serve} tells the person at the terminal: the address to open, what changed,
 * and one line per build ("Byggde 312 filer på 0,6 s") after its errors. Warnings are
 * printed when they first appear, not again on every save. Status goes to standard output
 * (it is the command's output), problems to standard error. {@code --quiet} leaves only errors.
 * Colour only when asked for (see {@link #wantsColour}). Thread-safe.
 */
public final class Terminal {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final boolean quiet;
    private final boolean colour;
    private final boolean errColour;
    private final Clock clock;
    private final Set<String> warningsShown = new HashSet<>();

    public Terminal(PrintStream out, PrintStream err, Messages messages, boolean quiet, boolean colour, Clock clock) {
        this(out, err, messages, quiet, colour, colour, clock);
    }

    /** @param errColour colour on standard error, which may go to a file while standard output is a terminal */
    public Terminal(PrintStream out, PrintStream err, Messages messages, boolean quiet, boolean colour, boolean errColour,
                    Clock clock) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.quiet = quiet;
        this.colour = colour;
        this.errColour = errColour;
        this.clock = clock;
    }

    /**
     * Colour is for people: only when the program talks to a terminal, and never when
     * {@code NO_COLOR} is set to anything but the empty string (no-color.org).
     */
    public static boolean wantsColour(boolean console, String noColor) {
        return console && (noColor == null || noColor.isEmpty());
    }

    /** The same decision for this process. */
    public static boolean wantsColour() {
        return wantsColour(System.console() != null, System.getenv("NO_COLOR"));
    }

    /** The address, even when quiet: it is what the command gives (with --port 0 there is no other way to know it). */
    synchronized void listening(URI site) {
        URI internal = site.resolve(FileResolver.INTERNAL + "/");
        out.println(messages.format("serve.listening", paint(BOLD, site.toString()), internal));
    }

    synchronized void changed(List<String> paths) {
        if (quiet || paths.isEmpty()) return;
        String shown = paths.size() <= 3 ? String.join(", ", paths)
                : messages.format("serve.changed.more", String.join(", ", paths.subList(0, 3)), paths.size() - 3);
        out.println(stamp() + messages.format("serve.changed", shown));
    }

    synchronized void built(BuildReport report) {
        built(report, true);
    }

    /** @param siteOnDisk false when no build has succeeded yet, so there is no last good site to show */
    synchronized void built(BuildReport report, boolean siteOnDisk) {
        for (Problem p : report.errors()) err.println(paintErr(RED, p.line()));
        if (!quiet) {
            for (Problem p : report.warnings()) if (!warningsShown.contains(p.line())) err.println(paintErr(YELLOW, p.line()));
        }
        warningsShown.clear();
        for (Problem p : report.warnings()) warningsShown.add(p.line());
        if (quiet) return;
        if (!report.ok()) {
            out.println(stamp() + paint(RED, messages.format(siteOnDisk ? "serve.failed" : "serve.failed.no-site",
                    report.errors().size())));
        } else {
            String took = Durations.seconds(report.took(), messages);
            String line = report.warnings().isEmpty() ? messages.format("serve.built", report.files(), took)
                    : messages.format("serve.built.warnings", report.files(), took, report.warnings().size());
            BuildReport.Partial partial = report.partial();
            if (partial != null && report.files() == 0) {
                line = report.warnings().isEmpty() ? messages.format("serve.built.nothing", took)
                        : messages.format("serve.built.nothing.warnings", took, report.warnings().size());
            } else if (partial != null) {
                String key = partial.channels() == 0 ? "serve.built.partial.none"
                        : partial.channels() == 1 ? "serve.built.partial.one" : "serve.built.partial.many";
                line += " " + messages.format(key, partial.channels(),
                        Durations.precise(partial.channelPagesReady(), messages));
            }
            out.println(stamp() + paint(GREEN, line));
        }
    }

    synchronized void stopped() {
        if (quiet) return;
        out.println();  // after the ^C the terminal echoed
        out.println(messages.get("serve.stopped"));
    }

    private String stamp() {
        return paint(DIM, LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME)) + " ";
    }

    private String paintErr(String code, String text) {
        return errColour ? code + text + RESET : text;
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
