package se.kanalregister.serve;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.render.RenderException;
import se.kanalregister.site.SiteBuilder;
import se.kanalregister.text.Messages;

/**
 * One whole build by the same steps as the {@code build} command: load and check the
 * content, then render through a staging folder that replaces OUT/public and OUT/internal
 * only when complete. Any failure, even a program fault, becomes a report instead of
 * stopping the preview. Not for concurrent use: {@link BuildQueue} runs one at a time.
 */
final class SiteBuild {

    private final PreviewSettings settings;
    private final Messages messages;
    private final Kanalregister kanalregister;

    SiteBuild(PreviewSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
        this.kanalregister = new Kanalregister(settings.displayBase());
    }

    BuildReport run() {
        long start = System.nanoTime();
        LocalDate today = settings.dayOfBuild();
        List<Problem> warnings = new ArrayList<>();
        try {
            Kanalregister.Checked checked = kanalregister.check(settings.content(), today);
            List<Problem> errors = new ArrayList<>();
            for (Diagnostic d : checked.diagnostics().sorted()) (d.isError() ? errors : warnings).add(problem(d));
            if (!checked.canBuild(settings.strict())) {
                if (errors.isEmpty()) errors.add(tool(settings.strict() ? "cli.strict-failed" : "cli.failed"));
                return new BuildReport(false, 0, since(start), errors, warnings);
            }
            SiteBuilder.Result result = new SiteBuilder(settings.templates(), today).build(checked, settings.out());
            for (Diagnostic d : result.warnings()) warnings.add(problem(d));
            return new BuildReport(true, result.files(), since(start), List.of(), warnings);
        } catch (RenderException e) {
            return failed(start, warnings, new Problem(e.where(), error("cli.template-error", e.getMessage().strip())));
        } catch (IOException e) {
            return failed(start, warnings, new Problem("kanalregister", error("cli.write-failed", e)));
        } catch (RuntimeException e) {
            return failed(start, warnings, new Problem("kanalregister", messages.format("cli.fault", e)));
        }
    }

    private Problem problem(Diagnostic d) {
        return new Problem(d.position().toString(), messages.get(d.severity().messageKey()) + ": " + messages.format(d.message()));
    }

    private Problem tool(String key) {
        return new Problem("kanalregister", messages.get(key));
    }

    private String error(String key, Object arg) {
        return messages.get("severity.error") + ": " + messages.format(key, arg);
    }

    private static BuildReport failed(long start, List<Problem> warnings, Problem why) {
        return new BuildReport(false, 0, since(start), List.of(why), warnings);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
