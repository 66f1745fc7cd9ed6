package se.kanalregister.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A parsed command line.
 *
 * @param today     null means the system clock's date
 * @param arguments the command's positional arguments
 * @param port      the port {@code serve} listens on; 0 picks a free one
 * @param platform  {@code infotext}'s platform for a short text, or null for the full text
 * @param profile   print how long each step took
 * @param format    {@code verify}'s output, {@code text} or {@code json}; null for text
 */
record Options(String command, Path content, Path templates, Path out, LocalDate today, boolean strict,
               String language, boolean quiet, List<String> arguments, int port, String platform, boolean profile,
               String format) {

    Options {
        arguments = List.copyOf(arguments);
    }
}
