package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.kanalregister.check.Checked;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.Templates;
import se.kanalregister.site.state.OutputPrint;

/**
 * The steps of a build: renders a checked register into OUT/public and OUT/internal, via a
 * staging folder that is moved in only when every file is written, either whole or only the
 * pages a change can reach. {@link Rebuilder} decides which.
 */
public final class SiteBuilder {

    /** The progress step of the pages drawn from the whole register, all parts at once. */
    static final String SHARED = "shared";

    private SiteBuilder() {}

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
     * What a build made: the number of files, how many channels got their own pages rendered,
     * and how long each step took, in the order they ran (for {@code --profile}). Warnings
     * found while rendering (a bio too long) go into the checked register's diagnostics, with
     * everything else the user is told.
     *
     * @param channels           the channels whose own pages were rendered: all of them in a full build
     * @param full               true when every file was written, false for a rebuild of some
     * @param channelPagesNanos  from the start of rendering until the channels' own pages were in place
     * @param leftovers          what killed builds of the same output had left, removed first
     * @param fullBecause        for a full build where the last build's state was at hand: the
     *                           message key that says why it could not be used; else null
     */
    public record Result(int files, List<Step> steps, int channels, boolean full, long channelPagesNanos,
                         Leftovers leftovers, String fullBecause) {

        public Result {
            steps = List.copyOf(steps);
        }

        /** Nothing to write: every page on disk is what this build would write. */
        public static Result upToDate(Leftovers leftovers) {
            return new Result(0, List.of(), 0, false, 0, leftovers, null);
        }

        Result because(String reason) {
            return new Result(files, steps, channels, full, channelPagesNanos, leftovers, reason);
        }

        Result withLeftovers(Leftovers earlier) {
            return new Result(files, steps, channels, full, channelPagesNanos, earlier.plus(leftovers), fullBecause);
        }
    }

    /** One timed step of a build. */
    public record Step(String name, long nanos) {}

    static RenderContext context(Checked checked, LocalDate today, Templates compiled, PageScope scope) {
        return new RenderContext(checked.register(), checked.findings(), today, compiled, checked.diagnostics(), scope,
                checked.identities());
    }

    /**
     * Every file, replacing OUT/public and OUT/internal whole, telling {@code progress} as each
     * step begins and {@code print} of each file written.
     */
    static Result buildAll(Parts partsOfBuild, RenderContext context, Path out, boolean strict, BuildProgress progress,
                           OutputPrint print) throws IOException {
        long start = System.nanoTime();
        context.templates().startBuild();
        try (StagedOutput staged = StagedOutput.create(out)) {
            Outputs outputs = new Outputs(staged, print);
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
                    staged.leftovers(), null);
        }
    }

    /**
     * The pages of the channels in the context's scope, moved into place first, so they are
     * on disk as soon as possible; then every page drawn from the whole register. Other
     * channels' pages, and the assets, stay as the build before wrote them. Each rendered
     * channel's folders are replaced whole. {@code print}, the last build's, is told of every
     * file replaced, written or removed.
     */
    static Result buildChanged(Parts partsOfBuild, RenderContext context, Path out, boolean strict, OutputPrint print)
            throws IOException {
        long start = System.nanoTime();
        context.templates().startBuild();
        List<Step> steps = new ArrayList<>();
        List<SitePart> parts = partsOfBuild.make();
        Set<String> replaced = new TreeSet<>();
        for (RegisterEntry e : context.register().entries()) {
            if (!context.scope().rendersChannel(e.id())) continue;
            for (SitePart part : parts) replaced.addAll(part.channelFolders(context.register().organisation(), e.id()));
        }
        int files = 0;
        Leftovers leftovers;
        try (StagedOutput staged = StagedOutput.overlay(out, replaced)) {
            leftovers = staged.leftovers();
            print.removeUnder(replaced);
            Outputs outputs = new Outputs(staged, print);
            writeChannelPages(parts, context, outputs, steps, BuildProgress.NONE);
            if (heldBack(context, strict)) return null;
            timed(steps, "swap", staged::commit);
            files += outputs.files();
        }
        long channelPages = System.nanoTime() - start;
        try (StagedOutput staged = StagedOutput.overlay(out)) {
            leftovers = leftovers.plus(staged.leftovers());
            Outputs outputs = new Outputs(staged, print);
            writeSharedPages(parts, context, outputs, steps);
            // read for their warnings only: the templates are unchanged, so the copies on disk are current
            timed(steps, "assets", () -> TemplateAssets.read(context.templates(), context.warnings()));
            if (heldBack(context, strict)) return null;
            timed(steps, "swap", staged::commit);
            files += outputs.files();
        }
        int channels = (int) context.register().entries().stream().filter(e -> context.scope().rendersChannel(e.id())).count();
        return new Result(files, steps, channels, false, channelPages, leftovers, null);
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

    /** The two outputs of one staging folder; each file written is recorded in {@code print} as it will lie in OUT. */
    private static final class Outputs {
        final Output pub;
        final Output internal;

        Outputs(StagedOutput staged, OutputPrint print) {
            pub = new Output(staged.part("public"), recorder("public/", print));
            internal = new Output(staged.part("internal"), recorder("internal/", print));
        }

        /** A staged file keeps its size, time and inode when the commit renames it into OUT, so it is stamped here. */
        private static Output.Written recorder(String part, OutputPrint print) {
            return (path, file) -> print.written(part + path,
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
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
