package se.kanalregister.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.kanalregister.Kanalregister;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.SiteParts;
import se.kanalregister.site.Rebuilder;
import se.kanalregister.site.SiteBuilder;
import se.kanalregister.text.Messages;

/**
 * One build by the same steps as the {@code build} command: load and check the content,
 * then render through a staging folder that is moved into OUT/public and OUT/internal only
 * when complete. After the first build, a {@link Rebuilder} renders only what the change
 * since the last one reached. A failure in the content becomes a report; a fault of the
 * program is thrown, for {@link Preview} to report. Not for concurrent use: {@link BuildQueue}
 * runs one at a time.
 */
final class SiteBuild {

    private final PreviewSettings settings;
    private final Messages messages;
    private final Kanalregister kanalregister;
    private final Rebuilder rebuilder;
    private BuildProgress progress;

    /** @param firstBuild told how the first run is getting on: the one waited through before the address is shown */
    SiteBuild(PreviewSettings settings, Messages messages, BuildProgress firstBuild) {
        this.settings = settings;
        this.messages = messages;
        this.kanalregister = Kanalregister.forRebuilds(settings.displayBase());
        this.rebuilder = new Rebuilder(SiteParts.ALL, settings.templates(), settings.displayBase());
        this.progress = firstBuild;
    }

    /** A build when it is not known what changed. */
    BuildReport run() {
        return run(null);
    }

    /** @param changed the paths the watcher saw change since the last build, or null when not known */
    BuildReport run(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Kanalregister.Built built = kanalregister.rebuild(settings.content(), changed, rebuilder, settings.out(),
                    settings.dayOfBuild(), settings.strict(), progress);
            List<Problem> errors = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            for (Diagnostic d : built.checked().diagnostics().sorted()) {
                (d.isError() ? errors : warnings).add(Problem.of(d, messages));
            }
            if (built.ok()) {
                SiteBuilder.Result r = built.result();
                BuildReport.Partial partial = r.full() ? null
                        : new BuildReport.Partial(r.channels(), Duration.ofNanos(built.checkNanos() + r.channelPagesNanos()));
                return new BuildReport(true, r.files(), since(start), List.of(), warnings, partial);
            }
            if (errors.isEmpty() && settings.strict()) {
                // --strict: the warnings are what failed the build, so they are shown as its errors
                errors.addAll(warnings);
                warnings.clear();
            }
            if (errors.isEmpty()) errors.add(tool("cli.failed"));
            return new BuildReport(false, 0, since(start), errors, warnings);
        } finally {
            progress.finished();
            progress = BuildProgress.NONE;
        }
    }

    private Problem tool(String key) {
        return new Problem("kanalregister", messages.get(key));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
