package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Messages;

/** serve prints a problem exactly as check and build do: one formatter, {@link Diagnostic#format}. */
class ProblemTest {

    @TempDir
    Path tmp;

    @Test
    void aDiagnosticReadsTheSameInServeAsInCheck() {
        for (String language : List.of("sv", "en")) {
            Messages m = Messages.forLanguage(language);
            for (Diagnostic d : List.of(
                    Diagnostic.error(new SourcePosition("content/channels/kultur.yaml", 15, 1), "field.unknown.suggest",
                            "purpse", "purpose"),
                    Diagnostic.warning(SourcePosition.of("content/channels/kultur.yaml"), "compliance.deputy"))) {
                Problem p = Problem.of(d, m);
                assertEquals(d.format(m), p.line());
                assertEquals(d.position().toString(), p.where(), "the page shows the place as code");
            }
        }
    }

    @Test
    void aFailedPreviewBuildPrintsTheLinesCheckPrints() throws Exception {
        ContentDir d = ContentDir.valid(tmp).write("content/channels/kultur.yaml",
                ContentDir.CHANNEL.replace("  deputy: Bo Berg\n", "") + "purpse: x\n");
        PreviewSettings settings = new PreviewSettings(tmp.resolve("content"), tmp.resolve("templates"), tmp.resolve("site"), 0,
                LocalDate.of(2026, 11, 21), false, tmp, CliRun.CLOCK);
        BuildReport report = new SiteBuild(settings, Messages.forLanguage("sv"), BuildProgress.NONE).run();

        List<String> check = d.run("check").stderr().lines().filter(l -> !l.startsWith("Läste ")).sorted().toList();
        assertEquals(2, check.size(), check.toString());
        assertEquals(check, Stream.concat(report.errors().stream(), report.warnings().stream()).map(Problem::line)
                .sorted().toList(), "serve lists the errors first, the lines are the same");
    }
}
