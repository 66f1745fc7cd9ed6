package se.kanalregister.render;

import java.time.LocalDate;
import java.util.List;
import se.kanalregister.check.Finding;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Register;

/**
 * What every part of a build reads: the checked register, its compliance findings, the day
 * the build counts from, the templates, and where rendering warnings go.
 */
public record RenderContext(Register register, List<Finding> findings, LocalDate today, Templates templates,
                            Diagnostics warnings) {

    public RenderContext {
        findings = List.copyOf(findings);
    }
}
