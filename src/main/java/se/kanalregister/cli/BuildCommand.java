package se.kanalregister.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.site.Leftovers;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.site.SiteBuilder;
import se.kanalregister.text.Durations;

/** {@code build}: checks, then writes the site; with any error nothing is written. */
final class BuildCommand implements Command {

    static final Option<Boolean> PROFILE = Option.flag("--profile");
    static final Option<Boolean> FULL = Option.flag("--full");

    @Override
    public String name() {
        return "build";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(CommonOptions.CONTENT, CommonOptions.TEMPLATES, CommonOptions.OUT, CommonOptions.TODAY,
                CommonOptions.STRICT, CommonOptions.QUIET, FULL, PROFILE);
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        Path content = PathGuards.content(call);
        Path templates = PathGuards.templates(call);
        Path out = PathGuards.output(call, content, templates);
        Kanalregister.Built built = buildShowingProgress(call, content, templates, out);
        Report.print(call, built.checked().diagnostics(), built.channels(), call.quiet(), call.strict());
        if (!built.ok()) {
            boolean contentErrors = built.checked().diagnostics().hasErrors()
                    || (built.checked().register() == null && !built.upToDate());
            call.err().println(call.messages().get(contentErrors ? "cli.failed" : "cli.strict-failed"));
            return ExitCode.CONTENT_ERRORS;
        }
        if (!call.quiet()) {
            reportLeftovers(call, built.result().leftovers(), out);
            String why = built.result().fullBecause();
            if (why != null) call.err().println(call.messages().format("cli.summary.full-because", call.messages().get(why)));
            call.err().println(summary(call, built, out));
        }
        if (call.get(PROFILE)) call.err().println(profile(call, built));
        return ExitCode.OK;
    }

    /**
     * What was written: everything, the pages a change reached, or nothing at all.
     */
    private static String summary(Invocation call, Kanalregister.Built built, Path out) {
        SiteBuilder.Result r = built.result();
        String where = call.displayPath(out);
        if (built.upToDate() || (!r.full() && r.files() == 0)) return call.messages().format("cli.summary.up-to-date", where);
        long nanos = built.lookNanos() + built.checkNanos() + r.steps().stream().mapToLong(SiteBuilder.Step::nanos).sum();
        String time = Durations.seconds(Duration.ofNanos(nanos), call.messages());
        if (!r.full()) return call.messages().format("cli.summary.rebuilt", r.files(), where, time, r.channels(), built.channels());
        return call.messages().format("cli.summary.built", r.files(), where, time);
    }

    /** What killed builds had left beside the output, and that this build cleared it away. */
    private static void reportLeftovers(Invocation call, Leftovers leftovers, Path out) {
        if (leftovers.swapsFinished() > 0) {
            call.err().println(call.messages().format("cli.leftovers.swap-finished", call.displayPath(out)));
        }
        if (leftovers.folders() > 0) {
            call.err().println(call.messages().format("cli.leftovers.removed", leftovers.folders(), leftovers.files(),
                    call.displayPath(out)));
        }
    }

    /** Builds, with a progress line while it runs if someone is watching; the line is gone before anything else is printed. */
    private static Kanalregister.Built buildShowingProgress(Invocation call, Path content, Path templates, Path out) {
        BuildProgress progress = ProgressLine.startIfWanted(call.err(), call.messages(), call.quiet());
        try {
            return new Kanalregister(call.workingDirectory()).build(content, templates, out, call.today(), call.strict(),
                    call.get(FULL), progress);
        } finally {
            progress.finished();
        }
    }

    private static String profile(Invocation call, Kanalregister.Built built) {
        StringBuilder b = new StringBuilder(call.messages().get("cli.profile")).append(' ')
                .append(call.messages().get("cli.profile.look")).append(' ').append(built.lookNanos() / 1_000_000).append(", ")
                .append(call.messages().get("cli.profile.check")).append(' ').append(built.checkNanos() / 1_000_000);
        for (SiteBuilder.Step step : built.result().steps()) {
            b.append(", ").append(step.name()).append(' ').append(step.nanos() / 1_000_000);
        }
        return b.append(" ms").toString();
    }
}
