package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.Templates;

/**
 * Renders a checked register into OUT/public and OUT/internal, via a staging folder that is
 * swapped in only when every file is written.
 */
public final class SiteBuilder {

    private final Path templates;
    private final LocalDate today;

    public SiteBuilder(Path templates, LocalDate today) {
        this.templates = templates;
        this.today = today;
    }

    /** What a build made: the number of files, and warnings found while rendering (e.g. a bio too long). */
    public record Result(int files, List<Diagnostic> warnings) {}

    public Result build(Kanalregister.Checked checked, Path out) throws IOException {
        Diagnostics warnings = new Diagnostics();
        RenderContext context = new RenderContext(checked.register(), checked.findings(), today, new Templates(templates),
                warnings);
        try (StagedOutput staged = StagedOutput.create(out)) {
            Output pub = new Output(staged.part("public"));
            Output internal = new Output(staged.part("internal"));
            for (SitePart part : SiteParts.all()) part.write(context, pub, internal);
            staged.commit();
            return new Result(pub.fileCount() + internal.fileCount(), warnings.sorted());
        }
    }
}
