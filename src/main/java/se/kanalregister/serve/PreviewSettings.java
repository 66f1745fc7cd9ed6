package se.kanalregister.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import se.kanalregister.load.TimeZones;

/**
 * What {@code serve} works on. Paths are absolute and normalised by the caller.
 *
 * @param port        the port on 127.0.0.1; 0 picks a free one (see {@link Preview#port()})
 * @param today       the day compliance is checked as of, or null for the clock's date in the
 *                    organisation's time zone at each build
 * @param strict      warnings fail a build, as with {@code build --strict}
 * @param displayBase messages show file paths relative to this folder
 */
public record PreviewSettings(Path content, Path templates, Path out, int port, LocalDate today, boolean strict,
                              Path displayBase, Clock clock) {

    public PreviewSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port);
    }

    LocalDate dayOfBuild() {
        // read at each build: the organisation may change its time_zone while the preview runs
        return today != null ? today : LocalDate.now(clock.withZone(TimeZones.ofContent(content)));
    }
}
