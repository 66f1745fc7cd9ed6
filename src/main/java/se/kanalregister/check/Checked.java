package se.kanalregister.check;

import java.util.List;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Register;

/**
 * A loaded and checked register. {@code register} is null when nothing could be built from the
 * content. {@code identities} holds the account identities the checks read from each channel's
 * address, for the pages to reuse.
 */
public record Checked(Register register, List<Finding> findings, Diagnostics diagnostics, RegisterIdentities identities) {

    public Checked(Register register, List<Finding> findings, Diagnostics diagnostics) {
        this(register, findings, diagnostics, new RegisterIdentities());
    }

    public boolean canBuild(boolean strict) {
        return register != null && !diagnostics.hasErrors() && !(strict && diagnostics.warningCount() > 0);
    }
}
