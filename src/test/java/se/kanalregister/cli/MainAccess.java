package se.kanalregister.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/** Lets tests in other packages run the CLI in-process. */
public final class MainAccess {

    private MainAccess() {}

    public static int run(PrintStream out, PrintStream err, Path cwd, Clock clock, String... args) {
        return new Main(out, err, cwd.toAbsolutePath(), clock).run(args);
    }
}
