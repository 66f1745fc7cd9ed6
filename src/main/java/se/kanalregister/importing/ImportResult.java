package se.kanalregister.importing;

import java.nio.file.Path;
import java.util.List;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Message;

/**
 * What an import did, or with {@code --dry-run} would do.
 *
 * @param diagnostics problems in the source; with an error among them nothing was written
 * @param created     the new channel files, in source order
 * @param skipped     accounts and rows not imported, each with its reason
 * @param otherLinks  links on a web page that were not accounts
 */
public record ImportResult(List<Diagnostic> diagnostics, List<Created> created, List<Skipped> skipped, int otherLinks) {

    /**
     * One new channel file.
     *
     * @param missing the fields still to fill in, as written in the file ({@code unit}, {@code started})
     */
    public record Created(Path file, SourcePosition from, String name, String platform, List<String> missing) {
        public Created {
            missing = List.copyOf(missing);
        }
    }

    /** A row or account that made no file, and why. */
    public record Skipped(SourcePosition from, Message reason) {}

    public ImportResult {
        diagnostics = List.copyOf(diagnostics);
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
