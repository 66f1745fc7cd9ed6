package se.kanalregister.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.TimeZones;
import se.kanalregister.text.Messages;

/**
 * One run of one command: where it prints, where it stands, and what it was given.
 *
 * @param workingDirectory absolute; relative paths on the command line start here
 */
record Invocation(PrintStream out, PrintStream err, Path workingDirectory, Clock clock, Messages messages,
                  Arguments arguments) {

    <T> T get(Option<T> option) {
        return arguments.get(option);
    }

    /** A folder option as an absolute path. */
    Path resolve(Option<Path> option) {
        return workingDirectory.resolve(get(option)).normalize();
    }

    /**
     * {@code --today}, else the clock's date in the organisation's time zone ({@code time_zone} in
     * the content's organisation.yaml): its day, whatever the machine's zone.
     */
    LocalDate today() {
        LocalDate today = get(CommonOptions.TODAY);
        return today != null ? today : LocalDate.now(clock.withZone(TimeZones.ofContent(resolve(CommonOptions.CONTENT))));
    }

    boolean quiet() {
        return get(CommonOptions.QUIET);
    }

    boolean strict() {
        return get(CommonOptions.STRICT);
    }

    /** A path as messages name it: relative to where the user stands. */
    String displayPath(Path p) {
        return SourcePosition.displayName(workingDirectory, p);
    }

    /** A problem that belongs to no input file: {@code kanalregister: fel: …}. */
    void printError(String key, Object... args) {
        err.println("kanalregister: " + messages.get("severity.error") + ": " + messages.format(key, args));
    }

    void printWarning(String key, Object... args) {
        err.println("kanalregister: " + messages.get("severity.warning") + ": " + messages.format(key, args));
    }
}
