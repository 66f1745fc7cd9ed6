package se.kanalregister.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Messages;

/**
 * {@code kanalregister import <file> [--content DIR] [--dry-run]}: runs the {@link Importer}
 * and tells the user what happened. Problems in the source go to standard error as
 * {@code file:line:column: …}; the summary (created, skipped and why, what each new file
 * still needs) goes to standard output. Exit codes as the other commands: 0 done, 1 an error
 * in the source (nothing written), 2 no such file.
 */
public final class ImportRun {

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final Path workingDirectory;

    public ImportRun(PrintStream out, PrintStream err, Messages messages, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.workingDirectory = workingDirectory;
    }

    /** @param source as the user wrote it, relative to the working directory */
    public int run(String source, Path content, LocalDate today, boolean dryRun) {
        Path file = workingDirectory.resolve(source).normalize();
        if (!Files.isRegularFile(file)) {
            error(Files.isDirectory(file) ? "import.source-is-folder" : "import.no-source", source);
            return 2;
        }
        ImportResult result;
        try {
            result = new Importer(content, today, workingDirectory).run(file, dryRun);
        } catch (NoSuchFileException e) {
            error("import.no-source", source);
            return 2;
        } catch (IOException e) {
            error("import.io", Faults.reason(e));
            return 1;
        }
        for (Diagnostic d : result.diagnostics().stream().sorted().toList()) err.println(d.format(messages));
        if (result.failed()) {
            err.println(messages.get("import.failed"));
            return 1;
        }
        summary(result, dryRun);
        return 0;
    }

    private void summary(ImportResult r, boolean dryRun) {
        if (dryRun) out.println(messages.get("import.dry-run"));
        if (!r.created().isEmpty()) {
            out.println(messages.format(dryRun ? "import.would-create" : "import.created", String.valueOf(r.created().size())));
            for (ImportResult.Created c : r.created()) {
                String what = messages.format("import.created.what", orDash(c.name()), orDash(c.platform()));
                String still = c.missing().isEmpty() ? messages.get("import.created.complete")
                        : messages.format("import.created.missing", String.join(", ", c.missing()));
                out.println("  " + display(c.file()) + " " + what + " — " + still);
            }
        }
        if (!r.skipped().isEmpty()) {
            out.println(messages.format("import.skipped", String.valueOf(r.skipped().size())));
            for (ImportResult.Skipped s : r.skipped()) out.println("  " + place(s.from()) + ": " + messages.format(s.reason()));
        }
        if (r.otherLinks() > 0) out.println(messages.format("import.other-links", String.valueOf(r.otherLinks())));
        out.println(messages.format(dryRun ? "import.total.dry-run" : "import.total", String.valueOf(r.created().size()),
                String.valueOf(r.skipped().size())));
        if (!r.created().isEmpty() && !dryRun) out.println(messages.get("import.next"));
    }

    private String place(SourcePosition p) {
        return p.hasLine() ? p.file() + ":" + p.line() : p.file();
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private String display(Path p) {
        return SourcePosition.displayName(workingDirectory, p);
    }

    private void error(String key, Object... args) {
        err.println("kanalregister: " + messages.get("severity.error") + ": " + messages.format(key, args));
    }
}
