package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import se.kanalregister.Kanalregister;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.Templates;

/**
 * Renders a checked register into OUT/public and OUT/internal, via a staging folder that is
 * swapped in only when every file is written.
 */
public final class SiteBuilder {

    private final Path templates;
    private final LocalDate today;
    private final Path displayBase;

    /** @param displayBase messages name files relative to this folder (the user's working directory) */
    public SiteBuilder(Path templates, LocalDate today, Path displayBase) {
        this.templates = templates;
        this.today = today;
        this.displayBase = displayBase;
    }

    /**
     * What a build made: the number of files and how long each step took, in the order they
     * ran (for {@code --profile}). Warnings found while rendering (a bio too long) go into the
     * checked register's diagnostics, with everything else the user is told.
     */
    public record Result(int files, List<Step> steps) {

        public Result {
            steps = List.copyOf(steps);
        }
    }

    /** One timed step of a build. */
    public record Step(String name, long nanos) {}

    /**
     * Renders into a staging folder and swaps it in.
     *
     * @param strict when rendering finds a warning (a bio too long), nothing is swapped in
     * @return what was written, or null when {@code strict} held it back
     */
    public Result build(Kanalregister.Checked checked, Path out, boolean strict) throws IOException {
        RenderContext context = new RenderContext(checked.register(), checked.findings(), today, new Templates(templates, displayBase),
                checked.diagnostics());
        try (StagedOutput staged = StagedOutput.create(out)) {
            Output pub = new Output(staged.part("public"));
            Output internal = new Output(staged.part("internal"));
            List<Step> steps = new java.util.ArrayList<>();
            for (SitePart part : SiteParts.all()) {
                long t = System.nanoTime();
                part.write(context, pub, internal);
                steps.add(new Step(part.getClass().getSimpleName(), System.nanoTime() - t));
            }
            long t = System.nanoTime();
            TreeMap<String, byte[]> assets = TemplateAssets.read(context.templates(), checked.diagnostics());
            TemplateAssets.write(assets, pub);
            TemplateAssets.write(assets, internal);
            steps.add(new Step("assets", System.nanoTime() - t));
            if (strict && checked.diagnostics().warningCount() > 0) return null;
            t = System.nanoTime();
            staged.commit();
            steps.add(new Step("swap", System.nanoTime() - t));
            return new Result(pub.fileCount() + internal.fileCount(), steps);
        }
    }
}
