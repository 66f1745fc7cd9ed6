package se.kanalregister.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import se.kanalregister.diag.Faults;
import se.kanalregister.text.Messages;

/**
 * The command line's front door: reads the line, hands it to the command it names
 * ({@link Commands}) and turns what happens into an {@link ExitCode}. A usage mistake is one
 * line of text; a fault is one line and where it happened, never a stack trace.
 */
public final class Main {

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
            ArgumentParser.Parsed line = new ArgumentParser(Commands.ALL).parse(args);
            messages = Messages.forLanguage(line.language());
            return dispatch(line, messages).code();
        } catch (UsageException e) {
            err.println("kanalregister: " + messages.get("severity.error") + ": " + messages.format(e.userMessage()));
            return ExitCode.USAGE.code();
        } catch (RuntimeException | Error e) {
            err.println("kanalregister: " + Faults.describe(e, messages));
            StackTraceElement[] trace = e.getStackTrace();
            // where a fault happened helps the report; where memory ran out says nothing
            if (trace.length > 0 && !(e instanceof OutOfMemoryError)) err.println("    at " + trace[0]);
            return ExitCode.FAULT.code();
        }
    }

    private ExitCode dispatch(ArgumentParser.Parsed line, Messages messages) throws UsageException {
        if (line.help()) {
            Help help = new Help(messages);
            out.print(line.command() == null ? help.overview(Commands.ALL) : help.of(line.command()));
            return ExitCode.OK;
        }
        if (line.version()) {
            out.println("kanalregister " + version());
            return ExitCode.OK;
        }
        return line.command().run(new Invocation(out, err, workingDirectory, clock, messages, line.arguments()));
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
