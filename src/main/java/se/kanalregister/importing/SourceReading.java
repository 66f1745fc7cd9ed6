package se.kanalregister.importing;

import java.util.List;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Message;

/**
 * What reading a source gave: its accounts in source order, the problems found (an error
 * stops the import before anything is written), what was left out and why, and how many
 * links were not accounts.
 */
record SourceReading(List<ImportedAccount> accounts, List<Diagnostic> diagnostics, List<Left> left, int otherLinks) {

    /** A row or link the import did not take, and why. */
    record Left(SourcePosition from, Message reason) {}

    SourceReading {
        accounts = List.copyOf(accounts);
        diagnostics = List.copyOf(diagnostics);
        left = List.copyOf(left);
    }
}
