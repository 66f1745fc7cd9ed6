package se.kanalregister.serve;

import java.time.Duration;
import java.util.List;

/**
 * How one build went. A failed build wrote nothing, so the site on disk is still the last
 * good one; {@code errors} says why (never empty when failed).
 *
 * @param files    the number of files written, 0 when failed
 * @param warnings compliance and rendering warnings, shown but not fatal
 */
record BuildReport(boolean ok, int files, Duration took, List<Problem> errors, List<Problem> warnings) {

    BuildReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (!ok && errors.isEmpty()) throw new IllegalArgumentException("a failed build must say why");
    }
}
