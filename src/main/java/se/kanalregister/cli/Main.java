package se.kanalregister.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import se.kanalregister.check.Checked;
import se.kanalregister.Kanalregister;
import se.kanalregister.authoring.Scaffold;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.render.RenderException;
import se.kanalregister.serve.Preview;
import se.kanalregister.serve.PreviewSettings;
import se.kanalregister.serve.Terminal;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.site.SiteBuilder;
import se.kanalregister.text.Durations;
import se.kanalregister.text.Messages;
import se.kanalregister.text.Slugs;

/**
 * The command line: check, build, serve, infotext and new. Exit codes: 0 success (warnings
 * allowed), 1 errors in the content (or warnings with {@code --strict}), 2 a usage
 * mistake, 3 a program fault.
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int FAULT = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private final Clock clock;

    Main(PrintStream out, PrintStream err, Path workingDirectory, Clock clock) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new Main(out, err, Path.of("").toAbsolutePath(), Clock.systemDefaultZone()).run(args);
        System.exit(code);
    }

    int run(String[] args) {
        Messages messages = Messages.forLanguage(safeLanguage(args));
        try {
            Options o = new ArgumentParser().parse(args);
            messages = Messages.forLanguage(o.language());
            return execute(o, messages);
        } catch (UsageException e) {
            printError(messages, e.userMessage().key(), e.userMessage().args().toArray());
            return USAGE;
        } catch (RuntimeException | Error e) {
            err.println("kanalregister: " + Faults.describe(e, messages));
            StackTraceElement[] trace = e.getStackTrace();
            // where a fault happened helps the report; where memory ran out says nothing
            if (trace.length > 0 && !(e instanceof OutOfMemoryError)) err.println("    at " + trace[0]);
            return FAULT;
        }
    }

    private int execute(Options o, Messages messages) throws UsageException {
        switch (o.command()) {
            case "help":
                out.println(messages.get("cli.usage"));
                return OK;
            case "version":
                out.println("kanalregister " + version());
                return OK;
            default:
                break;
        }
        Path content = workingDirectory.resolve(o.content()).normalize();
        if (o.command().equals("infotext")) InfoTextCommand.id(o); // a missing id is told before anything is read
        refuseContent(content, o);
        if (o.command().equals("new")) return scaffold(o, content, messages);
        Path outDir = workingDirectory.resolve(o.out()).normalize();
        Path templates = workingDirectory.resolve(o.templates()).normalize();
        // without --templates, a missing ./templates simply means the built-in look; a folder the user
        // named and that is not there is most likely a typo, so say that the built-in look is used
        if (!o.quiet() && !o.templates().equals(ArgumentParser.DEFAULT_TEMPLATES) && !Files.isDirectory(templates)) {
            err.println("kanalregister: " + messages.get("severity.warning") + ": " + messages.format("cli.no-templates", o.templates()));
        }
        if (o.command().equals("build") || o.command().equals("serve")) refuseOutput(outDir, content, templates, o);
        if (o.command().equals("serve")) return serve(o, content, templates, outDir, messages);
        LocalDate today = today(o);
        Kanalregister kanalregister = new Kanalregister(workingDirectory);
        if (o.command().equals("build")) {
            return build(o, buildShowingProgress(kanalregister, content, templates, outDir, today, o, messages), outDir, messages);
        }
        Checked checked = kanalregister.check(content, today);
        if (o.command().equals("check")) kanalregister.checkShortTexts(checked, templates);  // as a build would warn
        // infotext prints a text to paste: the register's warnings would only be in the way
        report(checked, o.quiet() || o.command().equals("infotext"), o.strict(), messages);
        if (o.command().equals("check")) {
            LanguageSummary.print(checked, err, messages, o.quiet());
            if (checked.canBuild(o.strict())) return OK;
            if (!checked.diagnostics().hasErrors() && checked.register() != null) err.println(messages.get("cli.strict-check-failed"));
            return CONTENT_ERRORS;
        }
        try {
            return new InfoTextCommand(out, err, messages).run(checked, templates, workingDirectory, today, o);
        } catch (RenderException e) {
            err.println(Diagnostic.error(e.position(), "cli.template-error", e.getMessage().strip()).format(messages));
        } catch (IOException e) {
            printError(messages, "cli.templates-unreadable", e);
        }
        return CONTENT_ERRORS;
    }

    /** Builds, with a progress line while it runs if someone is watching; the line is gone before anything else is printed. */
    private Kanalregister.Built buildShowingProgress(Kanalregister kanalregister, Path content, Path templates, Path outDir,
                                                     LocalDate today, Options o, Messages messages) {
        BuildProgress progress = ProgressLine.startIfWanted(err, messages, o.quiet());
        try {
            return kanalregister.build(content, templates, outDir, today, o.strict(), progress);
        } finally {
            progress.finished();
        }
    }

    /**
     * Prints every diagnostic and the summary line; when {@code quiet}, only what fails the run:
     * the errors, and with {@code strict} the warnings too.
     */
    private void report(Checked checked, boolean quiet, boolean strict, Messages messages) {
        for (Diagnostic d : checked.diagnostics().sorted()) {
            if (d.isError() || strict || !quiet) err.println(d.format(messages));
        }
        if (!quiet) {
            err.println(messages.format("cli.summary", checked.register() == null ? 0 : checked.register().entries().size(),
                    checked.diagnostics().errorCount(), checked.diagnostics().warningCount()));
        }
    }

    private int build(Options o, Kanalregister.Built built, Path outDir, Messages messages) {
        report(built.checked(), o.quiet(), o.strict(), messages);
        if (!built.ok()) {
            boolean contentErrors = built.checked().diagnostics().hasErrors() || built.checked().register() == null;
            err.println(messages.get(contentErrors ? "cli.failed" : "cli.strict-failed"));
            return CONTENT_ERRORS;
        }
        long nanos = built.checkNanos() + built.result().steps().stream().mapToLong(SiteBuilder.Step::nanos).sum();
        if (!o.quiet()) {
            err.println(messages.format("cli.summary.built", built.result().files(), displayPath(outDir),
                    Durations.seconds(Duration.ofNanos(nanos), messages)));
        }
        if (o.profile()) {
            StringBuilder b = new StringBuilder(messages.get("cli.profile")).append(' ')
                    .append(messages.get("cli.profile.check")).append(' ').append(built.checkNanos() / 1_000_000);
            for (SiteBuilder.Step step : built.result().steps()) {
                b.append(", ").append(step.name()).append(' ').append(step.nanos() / 1_000_000);
            }
            err.println(b.append(" ms"));
        }
        return OK;
    }

    /** A problem that belongs to no input file: {@code kanalregister: fel: …}. */
    private void printError(Messages messages, String key, Object... args) {
        err.println("kanalregister: " + messages.get("severity.error") + ": " + messages.format(key, args));
    }

    private LocalDate today(Options o) {
        return o.today() != null ? o.today() : LocalDate.now(clock);
    }

    /** {@code serve}: builds, serves the site on 127.0.0.1 and rebuilds after every change, until Ctrl-C. */
    private int serve(Options o, Path content, Path templates, Path outDir, Messages messages) throws UsageException {
        PreviewSettings settings = new PreviewSettings(content, templates, outDir,
                o.port(), o.today(), o.strict(), workingDirectory, clock);
        boolean colour = Terminal.wantsColour();
        Terminal terminal = new Terminal(out, err, messages, o.quiet(), colour, colour && ProgressLine.stderrIsTerminal(), clock);
        try (Preview preview = Preview.start(settings, messages, terminal, ProgressLine.startIfWanted(err, messages, o.quiet()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "kanalregister-stop"));
            preview.awaitStop();
            return preview.crashed() ? FAULT : OK;
        } catch (BindException e) {
            int other = o.port() == 0 || o.port() == 65535 ? 8001 : o.port() + 1;
            throw String.valueOf(e.getMessage()).contains("in use")
                    ? new UsageException("cli.serve.port-taken", o.port(), other)
                    : new UsageException("cli.serve.port-unusable", o.port(), e.getMessage(), other);
        } catch (IOException e) {
            printError(messages, "cli.serve.failed", e);
            return CONTENT_ERRORS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    /** {@code new kanal <id>} and {@code new kapitel <name>}: a commented file to fill in. */
    private int scaffold(Options o, Path content, Messages messages) throws UsageException {
        List<String> a = o.arguments();
        if (a.size() != 2 || !List.of("kanal", "kapitel", "översättning").contains(a.get(0))) throw new UsageException("cli.new.usage");
        String name = a.get(1).replaceFirst("\\.(ya?ml|md)$", "");
        boolean translation = a.get(0).equals("översättning");
        if (translation) TranslationCommand.refuse(name);
        else if (!Slugs.isValidId(name)) throw new UsageException("cli.new.bad-name", name, Slugs.slugify(name));
        Scaffold scaffold = new Scaffold(content, today(o));
        try {
            Path file = translation ? scaffold.translation(name)
                    : a.get(0).equals("kanal") ? scaffold.channel(name) : scaffold.chapter(name, title(name));
            out.println(messages.format("cli.new.written", displayPath(file)));
            return OK;
        } catch (FileAlreadyExistsException e) {
            printError(messages, "cli.new.exists", displayPath(Path.of(e.getFile())));
            return CONTENT_ERRORS;
        } catch (NotDirectoryException e) {
            err.println(Diagnostic.error(SourcePosition.of(displayPath(Path.of(e.getFile()))), "cli.new.folder-is-file")
                    .format(messages));
            return CONTENT_ERRORS;
        } catch (IOException e) {
            printError(messages, "cli.write-failed", e);
            return CONTENT_ERRORS;
        }
    }

    /** "07-gallring-och-arkiv" → "Gallring och arkiv": a starting title the writer will change. */
    private static String title(String name) {
        String t = name.replaceFirst("^[0-9]+-", "").replace('-', ' ').strip();
        return t.isEmpty() ? "Nytt kapitel" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * The content folder must be a register's: a folder that holds organisation.yaml. Given one
     * of its subfolders (content/channels), the user is pointed up; {@code new} never starts a
     * register of its own in the wrong place. A folder without organisation.yaml is still
     * checked, so its missing file is reported like any other content error.
     */
    private void refuseContent(Path content, Options o) throws UsageException {
        if (Files.isRegularFile(content)) throw new UsageException("cli.content-is-file", o.content());
        if (!Files.isDirectory(content)) throw new UsageException("cli.no-content", o.content());
        if (Files.exists(content.resolve("organisation.yaml"))) return;
        Path parent = content.getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("organisation.yaml"))) {
            throw new UsageException("cli.content-is-subfolder", o.content(), displayPath(parent));
        }
        if (o.command().equals("new")) throw new UsageException("cli.new.no-register", o.content());
    }

    /**
     * The output's public/ and internal/ are replaced wholesale, so the output must be a folder
     * that never is, contains or lies inside the content or an existing templates folder (whose
     * public/ and internal/ hold a webmaster's own templates).
     */
    private void refuseOutput(Path outDir, Path content, Path templates, Options o) throws UsageException {
        Path existing = nearestExisting(outDir);  // --out site/x where site is a file cannot be made either
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UsageException("cli.out-is-file", existing.equals(outDir) ? o.out() : displayPath(existing));
        }
        if (overlap(outDir, content)) throw new UsageException("cli.out-in-content", o.out(), o.content());
        // a templates folder that does not exist holds nothing a build could replace
        if (Files.isDirectory(templates) && overlap(outDir, templates)) {
            throw new UsageException("cli.out-in-templates", o.out(), o.templates());
        }
    }

    private static boolean overlap(Path a, Path b) {
        Path realA = real(a);
        Path realB = real(b);
        return realA.startsWith(realB) || realB.startsWith(realA);
    }

    /** The real path, resolving links of the part that exists. */
    private static Path real(Path p) {
        Path existing = nearestExisting(p);
        try {
            return existing == null ? p : existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    /** {@code p} or the nearest of its parents that exists, or null when none does. */
    private static Path nearestExisting(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        return existing;
    }

    private String displayPath(Path p) {
        return SourcePosition.displayName(workingDirectory, p);
    }

    private static String safeLanguage(String[] args) {
        String l = ArgumentParser.language(args);
        return Messages.LANGUAGES.contains(l) ? l : "sv";
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
