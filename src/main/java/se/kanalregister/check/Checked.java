package se.kanalregister.check;

import java.util.List;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Register;

/** A loaded and checked register. {@code register} is null when nothing could be built from the content. */
public record Checked(Register register, List<Finding> findings, Diagnostics diagnostics) {

    public boolean canBuild(boolean strict) {
        return register != null && !diagnostics.hasErrors() && !(strict && diagnostics.warningCount() > 0);
    }
}
