package se.kanalregister.serve;

import java.time.Duration;
import java.util.List;

/**
 * How one build went. A failed build wrote nothing, so the site on disk is still the last
 * good one; {@code errors} says why (never empty when failed).
 *
 * @param files    the number of files written, 0 when failed
 * @param warnings compliance and rendering warnings, shown but not fatal
 * @param partial  for a rebuild of only what a change reached; null for a full build
 */
record BuildReport(boolean ok, int files, Duration took, List<Problem> errors, List<Problem> warnings, Partial partial) {

    /**
     * A rebuild of the pages a change reached.
     *
     * @param channels          how many channels had their own pages rendered again
     * @param channelPagesReady from the start of the build until those pages were on disk
     */
    record Partial(int channels, Duration channelPagesReady) {}

    BuildReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (!ok && errors.isEmpty()) throw new IllegalArgumentException("a failed build must say why");
    }

    /** A full build, or a failed one. */
    BuildReport(boolean ok, int files, Duration took, List<Problem> errors, List<Problem> warnings) {
        this(ok, files, took, errors, warnings, null);
    }
}
