package se.kanalregister;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.check.Checked;
import se.kanalregister.check.Compliance;
import se.kanalregister.check.DuplicateCheck;
import se.kanalregister.check.Finding;
import se.kanalregister.check.ContentFiles;
import se.kanalregister.check.LinkCheck;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Message;
import se.kanalregister.load.ContentLoader;
import se.kanalregister.load.SourceFiles;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.Templates;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.text.Messages;
import se.kanalregister.render.RenderException;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.site.Rebuilder;
import se.kanalregister.site.SiteBuilder;

/**
 * The front door: load a content folder, check it, report what is wrong, and build the site.
 * Configure once, run many times; each run has its own state. Thread-safe, except an
 * instance {@linkplain #forRebuilds for rebuilds}, which remembers the last run.
 */
public final class Kanalregister {

    private final Path displayBase;
    private final ContentLoader loader;

    /** @param displayBase messages show file paths relative to this folder */
    public Kanalregister(Path displayBase) {
        this(displayBase, false);
    }

    private Kanalregister(Path displayBase, boolean remember) {
        this.displayBase = displayBase;
        this.loader = new ContentLoader(new SourceFiles(displayBase), remember);
    }

    /**
     * For checking the same content folder again and again (the live preview): each check
     * reads only the channel files that changed since the last one. One check at a time.
     */
    public static Kanalregister forRebuilds(Path displayBase) {
        return new Kanalregister(displayBase, true);
    }

    /**
     * A build's outcome. Every problem, from the content or from rendering (a broken template,
     * an unwritable folder, a bio that is too long), is in {@code checked.diagnostics()}.
     *
     * @param result     what was written, or null when nothing was (the earlier site is untouched)
     * @param lookNanos  how long looking at the last build's state, the input files and the
     *                   output took, before anything was loaded
     * @param checkNanos how long loading and checking took
     * @param channels   the number of channels in the register
     * @param upToDate   nothing was loaded or written: the output is what the build would write,
     *                   and the diagnostics are those of the build that wrote it
     */
    public record Built(Checked checked, SiteBuilder.Result result, long lookNanos, long checkNanos, int channels,
                        boolean upToDate) {

        Built(Checked checked, SiteBuilder.Result result, long checkNanos) {
            this(checked, result, 0, checkNanos, checked.register() == null ? 0 : checked.register().entries().size(), false);
        }

        Built afterLooking(long nanos) {
            return new Built(checked, result, nanos, checkNanos, channels, upToDate);
        }

        public boolean ok() {
            return result != null;
        }
    }

    /**
     * Checks {@code content}, then, if it may be built, renders it into {@code out} with the
     * {@code templates}: the sequence behind {@code build}. Only what changed since the last
     * build of {@code out} is written again ({@link Rebuilder}), and nothing at all when
     * nothing changed. {@code progress} is told as each step begins; the caller tells it when
     * the build is finished.
     */
    public Built build(Path content, Path templates, Path out, LocalDate today, boolean strict, BuildProgress progress) {
        return build(content, templates, out, today, strict, false, progress);
    }

    /** @param full write everything, whatever the last build left ({@code --full}) */
    public Built build(Path content, Path templates, Path out, LocalDate today, boolean strict, boolean full,
                       BuildProgress progress) {
        long start = System.nanoTime();
        Rebuilder rebuilder = new Rebuilder(SiteParts.ALL, templates, displayBase);
        Rebuilder.Resumption resumed = rebuilder.resume(content, out, today, full);
        long looked = System.nanoTime() - start;
        if (resumed.upToDate()) return upToDate(resumed, strict).afterLooking(looked);
        rebuilder.parseTemplatesAhead();
        return build(content, null, out, today, strict, progress,
                checked -> rebuilder.build(checked, out, today, strict, progress)).afterLooking(looked);
    }

    /**
     * The outcome of a build with nothing to do: what the last build reported, and, with
     * {@code --strict} and warnings, a failure as that build's would be.
     */
    private static Built upToDate(Rebuilder.Resumption resumed, boolean strict) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(resumed.diagnostics());
        Checked checked = new Checked(null, List.of(), diagnostics);
        SiteBuilder.Result nothing = strict && diagnostics.warningCount() > 0 ? null
                : SiteBuilder.Result.upToDate(resumed.leftovers());
        return new Built(checked, nothing, 0, 0, resumed.channels(), true);
    }

    /**
     * The same for a content folder that is built again and again ({@code serve}): the
     * {@code rebuilder} renders only what changed since its last build.
     *
     * @param changed the files a file watcher saw change since the last build, or null when not known
     */
    public Built rebuild(Path content, Set<Path> changed, Rebuilder rebuilder, Path out, LocalDate today, boolean strict,
                         BuildProgress progress) {
        return build(content, changed, out, today, strict, progress,
                checked -> rebuilder.build(checked, out, today, strict, progress));
    }

    private interface Render {
        SiteBuilder.Result write(Checked checked) throws IOException;
    }

    private Built build(Path content, Set<Path> changed, Path out, LocalDate today, boolean strict, BuildProgress progress,
                        Render render) {
        progress.checking();
        long started = System.nanoTime();
        Checked checked = check(content, today, changed);
        long checkNanos = System.nanoTime() - started;
        Diagnostics diagnostics = checked.diagnostics();
        if (!checked.canBuild(strict)) return new Built(checked, null, checkNanos);
        try {
            return new Built(checked, render.write(checked), checkNanos);
        } catch (RenderException e) {
            diagnostics.error(e.position(), e.messageKey(), e.getMessage().strip());
        } catch (IOException e) {
            Message m = Faults.writeFailure(e, out.toString());
            diagnostics.error(SourcePosition.of(out.toString()), m.key(), m.args().toArray());
        }
        return new Built(checked, null, checkNanos);
    }

    /** Loads {@code content}, runs every check as of {@code today}, and collects all diagnostics. */
    public Checked check(Path content, LocalDate today) {
        return check(content, today, null);
    }

    private Checked check(Path content, LocalDate today, Set<Path> changed) {
        Diagnostics diagnostics = new Diagnostics();
        Register register = loader.load(content, diagnostics, changed);
        if (register == null) return new Checked(null, List.of(), diagnostics);
        // the compliance check on the other core while this one checks duplicates and links
        ForkJoinTask<List<Finding>> compliance = ForkJoinPool.commonPool()
                .submit(() -> new Compliance(register.organisation(), today).findings(register));
        RegisterIdentities identities = new RegisterIdentities();
        DuplicateCheck.run(register, identities, diagnostics);
        LinkCheck.run(register, ContentFiles.unloaded(content, register), diagnostics);
        List<Finding> findings = compliance.join();
        Compliance.report(findings, diagnostics);
        return new Checked(register, findings, diagnostics, identities);
    }

    /**
     * Warns, in {@code checked}, of every channel whose short text does not fit its own
     * platform's field even at the shortest level, as a build would: so {@code check} tells
     * the webmaster without writing anything. Only for a register without errors; a
     * template's error is reported as an error.
     *
     * @param templates the webmaster's templates folder (missing: the built-in ones)
     */
    public void checkShortTexts(Checked checked, Path templates) {
        if (checked.register() == null || checked.diagnostics().hasErrors()) return;
        Organisation organisation = checked.register().organisation();
        try {
            Templates compiled = new Templates(templates, displayBase);
            List<String> languages = Layout.editionLanguages(organisation);
            List<InfoTexts> texts = new ArrayList<>();
            for (String language : languages) texts.add(new InfoTexts(compiled, organisation, Messages.forLanguage(language)));
            for (RegisterEntry entry : checked.register().entries()) {
                List<ShortText> own = new ArrayList<>(texts.size());
                for (InfoTexts t : texts) own.add(t.ownShortText(entry.channel()));
                InfoTexts.warnOverflows(entry, own, languages, Messages.forLanguage(languages.get(0)), checked.diagnostics());
            }
        } catch (RenderException e) {
            checked.diagnostics().error(e.position(), e.messageKey(), e.getMessage().strip());
        } catch (IOException e) {
            checked.diagnostics().error(SourcePosition.of(templates.toString()), "cli.templates-unreadable", Faults.reason(e));
        }
    }
}
