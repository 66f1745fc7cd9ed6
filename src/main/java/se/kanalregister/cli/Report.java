package se.kanalregister.cli;

import se.kanalregister.check.Checked;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;

/** What check, build and infotext print about the register they read. */
final class Report {

    private Report() {}

    /**
     * Prints every diagnostic and the summary line; when {@code quiet}, only what fails the run:
     * the errors, and with {@code strict} the warnings too.
     */
    static void print(Invocation call, Checked checked, boolean quiet, boolean strict) {
        print(call, checked.diagnostics(), checked.register() == null ? 0 : checked.register().entries().size(), quiet, strict);
    }

    /** The same for a register of {@code channels} channels that reported {@code diagnostics}. */
    static void print(Invocation call, Diagnostics diagnostics, int channels, boolean quiet, boolean strict) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.isError() || strict || !quiet) call.err().println(d.format(call.messages()));
        }
        if (!quiet) {
            call.err().println(call.messages().format("cli.summary", channels, diagnostics.errorCount(),
                    diagnostics.warningCount()));
        }
    }
}
