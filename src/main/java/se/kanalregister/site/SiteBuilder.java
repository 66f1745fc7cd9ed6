package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.kanalregister.check.Checked;
import se.kanalregister.site.PageScope;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.Templates;
import se.kanalregister.text.Messages;

/**
 * Renders a checked register into OUT/public and OUT/internal, via a staging folder that is
 * moved in only when every file is written. {@link Rebuilder} uses the same steps to redo
 * only the pages a change can reach.
 */
public final class SiteBuilder {

    /** The progress step of the pages drawn from the whole register, all parts at once. */
    static final String SHARED = "shared";

    private final Parts parts;
    private final Path templates;
    private final LocalDate today;
    private final Path displayBase;
    private FutureTask<Templates> parsing;

    /**
     * Makes the parts of one build: a new instance of each, in the order they are written,
     * since a part may keep what its channel pages made for its shared pages.
     */
    public interface Parts {
        List<SitePart> make();

        /** Every template the parts render, with the layouts those import. */
        default Set<String> templates() {
            Set<String> all = new LinkedHashSet<>();
            for (SitePart part : make()) all.addAll(part.templates());
            return all;
        }
    }

    /**
     * @param parts       what the build writes
     * @param displayBase messages name files relative to this folder (the user's working directory)
     */
    public SiteBuilder(Parts parts, Path templates, LocalDate today, Path displayBase) {
        this.parts = parts;
        this.templates = templates;
        this.today = today;
        this.displayBase = displayBase;
    }

    /**
     * What a build made: the number of files, how many channels got their own pages rendered,
     * and how long each step took, in the order they ran (for {@code --profile}). Warnings
     * found while rendering (a bio too long) go into the checked register's diagnostics, with
     * everything else the user is told.
     *
     * @param channels           the channels whose own pages were rendered: all of them in a full build
     * @param full               true when every file was written, false for a rebuild of some
     * @param channelPagesNanos  from the start of rendering until the channels' own pages were in place
     * @param leftovers          what killed builds of the same output had left, removed first
     */
    public record Result(int files, List<Step> steps, int channels, boolean full, long channelPagesNanos,
                         Leftovers leftovers) {

        public Result {
            steps = List.copyOf(steps);
        }
    }

    /** One timed step of a build. */
    public record Step(String name, long nanos) {}

    /**
     * Renders every file into a staging folder and swaps it in.
     *
     * @param strict when rendering finds a warning (a bio too long), nothing is swapped in
     * @param progress told as each step begins
     * @return what was written, or null when {@code strict} held it back or a template is a link (reported)
     */
    public Result build(Checked checked, Path out, boolean strict, BuildProgress progress) throws IOException {
        if (TemplateLinks.report(templates, displayBase, checked.diagnostics())) return null;
        return buildAll(parts, context(checked, today, templates(), PageScope.everything()), out, strict, progress);
    }

    /**
     * Starts parsing the templates on a thread of its own, so that the other core does it
     * while this one reads and checks the content: at 100 channels that is a sixth of a build.
     * The message bundles of every edition are read there too.
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

    private Templates templates() throws IOException {
        if (parsing == null) return new Templates(templates, displayBase);
        try {
            return parsing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the templates were parsed", e);
        }
    }

    static RenderContext context(Checked checked, LocalDate today, Templates compiled, PageScope scope) {
        return new RenderContext(checked.register(), checked.findings(), today, compiled, checked.diagnostics(), scope);
    }

    /** Every file, replacing OUT/public and OUT/internal whole, telling {@code progress} as each step begins. */
    static Result buildAll(Parts partsOfBuild, RenderContext context, Path out, boolean strict, BuildProgress progress) throws IOException {
        long start = System.nanoTime();
        context.templates().startBuild();
        try (StagedOutput staged = StagedOutput.create(out)) {
            Outputs outputs = new Outputs(staged);
            List<Step> steps = new ArrayList<>();
            List<SitePart> parts = partsOfBuild.make();
            writeChannelPages(parts, context, outputs, steps, progress);
            progress.writing(SHARED, outputs::files);
            writeSharedPages(parts, context, outputs, steps);
            progress.writing("assets", outputs::files);
            timed(steps, "assets", () -> {
                TreeMap<String, byte[]> assets = TemplateAssets.read(context.templates(), context.warnings());
                TemplateAssets.write(assets, outputs.pub);
                TemplateAssets.write(assets, outputs.internal);
            });
            if (heldBack(context, strict)) return null;
            progress.writing("swap", outputs::files);
            timed(steps, "swap", staged::commit);
            return new Result(outputs.files(), steps, context.register().entries().size(), true, System.nanoTime() - start,
                    staged.leftovers());
        }
    }

    /**
     * The pages of the channels in the context's scope, moved into place first, so they are
     * on disk as soon as possible; then every page drawn from the whole register. Other
     * channels' pages, and the assets, stay as the build before wrote them.
     */
    static Result buildChanged(Parts partsOfBuild, RenderContext context, Path out, boolean strict) throws IOException {
        long start = System.nanoTime();
        context.templates().startBuild();
        List<Step> steps = new ArrayList<>();
        List<SitePart> parts = partsOfBuild.make();
        int files = 0;
        Leftovers leftovers;
        try (StagedOutput staged = StagedOutput.overlay(out)) {
            leftovers = staged.leftovers();
            Outputs outputs = new Outputs(staged);
            writeChannelPages(parts, context, outputs, steps, BuildProgress.NONE);
            if (heldBack(context, strict)) return null;
            timed(steps, "swap", staged::commit);
            files += outputs.files();
        }
        long channelPages = System.nanoTime() - start;
        try (StagedOutput staged = StagedOutput.overlay(out)) {
            leftovers = leftovers.plus(staged.leftovers());
            Outputs outputs = new Outputs(staged);
            writeSharedPages(parts, context, outputs, steps);
            // read for their warnings only: the templates are unchanged, so the copies on disk are current
            timed(steps, "assets", () -> TemplateAssets.read(context.templates(), context.warnings()));
            if (heldBack(context, strict)) return null;
            timed(steps, "swap", staged::commit);
            files += outputs.files();
        }
        int channels = (int) context.register().entries().stream().filter(e -> context.scope().rendersChannel(e.id())).count();
        return new Result(files, steps, channels, false, channelPages, leftovers);
    }

    /** Every part's pages of one channel each, for the channels in the context's scope. */
    private static void writeChannelPages(List<SitePart> parts, RenderContext context, Outputs outputs, List<Step> steps,
                                          BuildProgress progress) throws IOException {
        for (SitePart part : parts) {
            String step = name(part) + "/kanaler";
            progress.writing(step, outputs::files);
            timed(steps, step, () -> part.writeChannelPages(context, outputs.pub, outputs.internal));
        }
    }

    /** With {@code --strict}, a warning found while rendering (a bio too long) holds the build back. */
    private static boolean heldBack(RenderContext context, boolean strict) {
        return strict && context.warnings().warningCount() > 0;
    }

    /**
     * Every part's pages drawn from the whole register, the parts side by side: most of those
     * pages are one long file each, written by one thread, so one part alone leaves a core idle.
     * Each part's step is timed on its own, so for {@code --profile} the steps overlap.
     */
    private static void writeSharedPages(List<SitePart> parts, RenderContext context, Outputs outputs, List<Step> steps)
            throws IOException {
        long[] nanos = new long[parts.size()];
        Parallel.together(parts.size(), i -> {
            long t = System.nanoTime();
            parts.get(i).writeSharedPages(context, outputs.pub, outputs.internal);
            nanos[i] = System.nanoTime() - t;
        });
        for (int i = 0; i < parts.size(); i++) steps.add(new Step(name(parts.get(i)), nanos[i]));
    }

    /** The two outputs of one staging folder. */
    private static final class Outputs {
        final Output pub;
        final Output internal;

        Outputs(StagedOutput staged) {
            pub = new Output(staged.part("public"));
            internal = new Output(staged.part("internal"));
        }

        int files() {
            return pub.fileCount() + internal.fileCount();
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void timed(List<Step> steps, String name, Work work) throws IOException {
        long t = System.nanoTime();
        work.run();
        steps.add(new Step(name, System.nanoTime() - t));
    }

    private static String name(SitePart part) {
        return part.getClass().getSimpleName();
    }
}
