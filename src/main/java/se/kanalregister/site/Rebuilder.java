package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import se.kanalregister.check.Checked;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.model.Channel;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.Templates;
import se.kanalregister.site.state.BuildState;
import se.kanalregister.site.state.FileStamp;
import se.kanalregister.site.state.InputFiles;
import se.kanalregister.site.state.OutputPrint;
import se.kanalregister.site.state.StateFile;
import se.kanalregister.site.state.ToolVersion;
import se.kanalregister.text.Messages;

/**
 * Builds a site, redoing only what changed since the last build of the same output: for the
 * {@code build} command from the state that build left beside the output ({@link StateFile}),
 * for the live preview from the one before it in memory.
 *
 * <p>Every check runs over the whole register, and every page drawn from it (the directory,
 * the handbook's lists and reports, the open data) is written again whenever anything
 * changed; a channel's own pages are written again only when its record or findings changed
 * ({@link PageDigests}). When nothing changed, nothing is written. A change that can reach
 * every page (the organisation, a content page, a translation, a template, a channel added or
 * removed) gets a full build, and so does any doubt: no state, a state from another version of
 * the tool or one that does not read back, an output file changed since, a build that failed.
 * Either way the files are byte for byte those of a full build ({@code RebuilderTest},
 * {@code IncrementalBuildTest}). Not thread-safe: one build at a time.
 */
public final class Rebuilder {

    private final SiteBuilder.Parts parts;
    private final Path templates;
    private final Path displayBase;
    private final PageDigests digests = new PageDigests();

    private FutureTask<Templates> parsing;
    /** What the last build was made from and left; null when the next build must be a full one. */
    private Memory last;
    /** Why {@link #last} is null, as a message key; null for a first build, which needs no reason. */
    private String fullBecause;
    private boolean restored;
    /** The inputs as {@link #resume} found them, for the build that follows. */
    private BuildState.Inputs scanned;
    /** What killed builds had left beside the output, which {@link #resume} removed. */
    private Leftovers cleared = Leftovers.NONE;

    public Rebuilder(SiteBuilder.Parts parts, Path templates, Path displayBase) {
        this.parts = parts;
        this.templates = templates;
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /**
     * A build's state with what only this run has: the output's print file by file, and, in
     * the live preview, the parsed templates and the channels' short texts (both null when
     * restored from the state file).
     */
    private record Memory(Path out, BuildState state, OutputPrint print, Templates compiled, PageScope scope) {}

    /**
     * What {@link #resume} found.
     *
     * @param upToDate    the output is what a build would write: nothing to do
     * @param diagnostics when up to date, what the build that wrote it reported
     * @param channels    when up to date, the number of channels in the register
     * @param leftovers   what killed builds had left beside the output, removed first
     */
    public record Resumption(boolean upToDate, List<Diagnostic> diagnostics, int channels, Leftovers leftovers) {

        static Resumption build(Leftovers leftovers) {
            return new Resumption(false, List.of(), 0, leftovers);
        }
    }

    /**
     * For {@code build}, before anything is loaded or parsed: reads the state the last build
     * left beside {@code out}, looks at every input and output file as they are now, and says
     * whether anything changed at all. Files are looked at before they are read, so a file
     * saved during the build is seen as changed by the next one.
     *
     * @param full build everything whatever the state says ({@code --full})
     */
    public Resumption resume(Path content, Path out, LocalDate today, boolean full) {
        Path target = out.toAbsolutePath().normalize();
        restored = true;
        cleared = removeLeftovers(target);  // first: a swap a killed build began is finished before the output is looked at
        // the output's tens of thousands of files are looked at on the other core while this one reads the state
        ForkJoinTask<OutputPrint> print = full || !Files.isRegularFile(StateFile.of(target)) ? null
                : ForkJoinPool.commonPool().submit(() -> OutputPrint.of(target));
        StateFile.Read read = StateFile.read(target);
        scanned = scan(content, read.state());
        last = null;
        if (full) {
            fullBecause = "build.full.asked";
            return Resumption.build(cleared);
        }
        last = restore(target, read, print == null ? () -> OutputPrint.of(target) : print::join);
        if (last == null || scanned == null) return Resumption.build(cleared);
        BuildState state = last.state();
        List<Diagnostic> reported = state.diagnostics();
        if (reported != null && state.made().today().equals(today) && state.inputs().sameAs(scanned)) {
            return new Resumption(true, reported, state.made().channelCount(), cleared);
        }
        return Resumption.build(cleared);
    }

    private static Leftovers removeLeftovers(Path target) {
        try {
            return target.getParent() == null ? Leftovers.NONE : StagedOutput.removeLeftovers(target);
        } catch (IOException e) {
            return Leftovers.NONE;  // the build's own staging tries again, and reports what fails
        }
    }

    /**
     * Starts parsing the templates on a thread of its own, so that the other core does it
     * while this one reads and checks the content: at 100 channels that is a sixth of a
     * build. The message bundles of every edition are read there too. Call after
     * {@link #resume}, which must see the templates before they are read.
     */
    public void parseTemplatesAhead() {
        parsing = new FutureTask<>(() -> {
            Templates t = new Templates(templates, displayBase);
            t.parseAhead(List.copyOf(parts.templates()));
            Messages.LANGUAGES.forEach(Messages::forLanguage);
            return t;
        });
        Thread thread = new Thread(parsing, "kanalregister-templates");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Builds {@code checked} into {@code out}, as much of it as the change since the last build needs.
     *
     * @param progress told as each step of a full build begins
     * @return what was written, or null when {@code strict} held it back or a template is a link (reported)
     */
    public SiteBuilder.Result build(Checked checked, Path out, LocalDate today, boolean strict,
                                    BuildProgress progress) throws IOException {
        if (TemplateLinks.report(templates, displayBase, checked.diagnostics())) return null;
        Path target = out.toAbsolutePath().normalize();
        if (!restored) {  // the live preview's first build: from the state on disk, if it can be trusted
            restored = true;
            last = restore(target, StateFile.read(target), () -> OutputPrint.of(target));
        }
        Memory before = last;
        last = null;  // a build that fails, or throws, leaves nothing to build on
        BuildState.Inputs inputs = scanned != null ? scanned : scanTemplatesOnly(before);
        scanned = null;
        List<Diagnostic> fromChecks = checked.diagnostics().sorted();
        BuildState.Made made = digests.of(checked, today);
        Set<String> changed = before == null ? Set.of() : changedChannels(before.state().made(), made);
        String why = before == null ? fullBecause : reasonForFullBuild(before, target, inputs, made, changed);
        SiteBuilder.Result result;
        Templates compiled;
        PageScope scope;
        OutputPrint print;
        if (before == null || why != null) {
            compiled = freshTemplates();
            scope = PageScope.everything();
            print = new OutputPrint();
            result = SiteBuilder.buildAll(parts, SiteBuilder.context(checked, today, compiled, scope), target, strict,
                    progress, print);
            if (result != null) result = result.because(why);
        } else {
            compiled = before.compiled() != null ? before.compiled() : freshTemplates();
            scope = PageScope.only(changed, before.scope() != null ? before.scope() : remembered(before.state(), checked, changed));
            print = before.print();
            boolean nothing = changed.isEmpty() && before.state().made().shared().equals(made.shared());
            checked.diagnostics().addAll(carriedOver(before.state().rendered(), checked, changed, nothing));
            if (nothing) {
                result = strict && checked.diagnostics().warningCount() > 0 ? null : SiteBuilder.Result.upToDate(Leftovers.NONE);
            } else {
                result = SiteBuilder.buildChanged(parts, SiteBuilder.context(checked, today, compiled, scope), target,
                        strict, print);
            }
        }
        fullBecause = null;
        if (result != null) {
            result = result.withLeftovers(cleared);
            cleared = Leftovers.NONE;
            List<Diagnostic> rendered = without(checked.diagnostics().sorted(), fromChecks);
            scope.keepOnly(made.channels().keySet());
            BuildState state = new BuildState(ToolVersion.current(), inputs, made, BuildState.Output.of(print), fromChecks,
                    rendered, scope.keptTexts());
            last = new Memory(target, state, print, compiled, scope);
            keep(target, state);
        }
        return result;
    }

    /** {@code all} without one of each in {@code some}: a multiset difference, linear in their sizes. */
    private static List<Diagnostic> without(List<Diagnostic> all, List<Diagnostic> some) {
        Map<Diagnostic, Integer> left = new HashMap<>();
        for (Diagnostic d : some) left.merge(d, 1, Integer::sum);
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) {
            if (left.merge(d, -1, Integer::sum) < 0) out.add(d);
        }
        return out;
    }

    /** The texts the state kept for the channels unchanged since, with their records as they are now. */
    private static PageScope remembered(BuildState state, Checked checked, Set<String> changed) {
        List<Channel> unchanged = new ArrayList<>();
        for (RegisterEntry e : checked.register().entries()) if (!changed.contains(e.id())) unchanged.add(e.channel());
        return PageScope.remembering(unchanged, state.texts());
    }

    /** The reason, as a message key, why the pages cannot be built on the last build's; null when they can. */
    private static String reasonForFullBuild(Memory before, Path target, BuildState.Inputs inputs, BuildState.Made made,
                                             Set<String> changed) {
        BuildState.Inputs then = before.state().inputs();
        if (!before.out().equals(target)) return "build.full.other-output";
        if (!then.templates().equals(inputs.templates())
                || !InputFiles.sameContent(then.templateFiles(), inputs.templateFiles())) return "build.full.templates";
        if (before.state().rendered() == null) return "build.full.unreadable-state";
        BuildState.Made was = before.state().made();
        if (!was.frame().equals(made.frame())) return "build.full.frame";
        if (!was.channels().keySet().equals(made.channels().keySet())) return "build.full.channels";
        // past half, one swap of the whole output is cheaper than replacing folder after folder
        if (changed.size() * 2 > made.channelCount() && made.channelCount() > 1) return "build.full.most-channels";
        return null;
    }

    /** The channels whose record or findings differ. */
    private static Set<String> changedChannels(BuildState.Made was, BuildState.Made now) {
        Set<String> changed = new HashSet<>();
        now.channels().forEach((id, digest) -> {
            if (!digest.equals(was.channel(id))) changed.add(id);
        });
        return changed;
    }

    /**
     * What rendering reported last time about the channels whose pages stay as they are (all
     * of it when {@code nothing} is written), since this build will not render them to find out.
     */
    private static List<Diagnostic> carriedOver(List<Diagnostic> rendered, Checked checked, Set<String> changed,
                                                boolean nothing) {
        if (nothing) return rendered;
        Set<String> unchangedFiles = new HashSet<>();
        for (RegisterEntry e : checked.register().entries()) if (!changed.contains(e.id())) unchangedFiles.add(e.sourceFile());
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : rendered) if (unchangedFiles.contains(d.position().file())) out.add(d);
        return out;
    }

    /**
     * The state in {@code read} as the memory of the last build, or null (with the reason in
     * {@link #fullBecause}) when it cannot be trusted: another version of the tool wrote it, or
     * a file in the output changed since.
     */
    private Memory restore(Path target, StateFile.Read read, Callable<OutputPrint> output) {
        BuildState state = read.state();
        fullBecause = null;
        if (state == null) {
            if (!read.missing().equals("build.full.no-state")) fullBecause = read.missing();
            return null;
        }
        if (!state.tool().equals(ToolVersion.current())) {
            fullBecause = "build.full.other-version";
            return null;
        }
        try {
            OutputPrint print = output.call();
            if (BuildState.Output.of(print).equals(state.output())) return new Memory(target, state, print, null, null);
        } catch (Exception e) {
            // unreadable output: build it all again
        }
        fullBecause = "build.full.output-changed";
        return null;
    }

    /** Every input file, with digests reused from {@code earlier} where the files are unchanged; null when one cannot be read. */
    private BuildState.Inputs scan(Path content, BuildState earlier) {
        long started = nowNanos();
        String contentPath = content.toAbsolutePath().normalize().toString();
        try {
            BuildState.Inputs then = earlier == null ? null : earlier.inputs();
            List<FileStamp> contentFiles = InputFiles.scan(Path.of(contentPath), true,
                    then != null && then.content().equals(contentPath) ? InputFiles.byPath(then.contentFiles()) : Map.of(),
                    then == null ? 0 : then.scanned());
            return new BuildState.Inputs(displayBase.toString(), contentPath, contentFiles, templatesPath(),
                    scanTemplates(then), started);
        } catch (IOException e) {
            return null;
        }
    }

    /** The templates only, for the live preview, which knows from its file watcher which content files changed. */
    private BuildState.Inputs scanTemplatesOnly(Memory before) throws IOException {
        long started = nowNanos();
        return new BuildState.Inputs(displayBase.toString(), "", List.of(), templatesPath(),
                scanTemplates(before == null ? null : before.state().inputs()), started);
    }

    private List<FileStamp> scanTemplates(BuildState.Inputs then) throws IOException {
        if (templates == null) return List.of();
        boolean same = then != null && then.templates().equals(templatesPath());
        return InputFiles.scan(templates, false, same ? InputFiles.byPath(then.templateFiles()) : Map.of(),
                same ? then.scanned() : 0);
    }

    private String templatesPath() {
        return templates == null ? "" : templates.toAbsolutePath().normalize().toString();
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    /** Writes the state beside the output; if that fails, removes the old one, so that it cannot mislead the next build. */
    private static void keep(Path target, BuildState state) {
        try {
            StateFile.write(target, state);
        } catch (IOException e) {
            try {
                StateFile.delete(target);
            } catch (IOException ignored) {
                // the old state names the output as it was, so the next build sees the change and builds it all
            }
        }
    }

    private Templates freshTemplates() throws IOException {
        if (parsing == null) return new Templates(templates, displayBase);
        FutureTask<Templates> ahead = parsing;
        parsing = null;
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the templates were parsed", e);
        }
    }
}
