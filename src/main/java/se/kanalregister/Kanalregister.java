package se.kanalregister;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.kanalregister.check.Compliance;
import se.kanalregister.check.DuplicateCheck;
import se.kanalregister.check.Finding;
import se.kanalregister.check.LinkCheck;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.load.ContentLoader;
import se.kanalregister.load.SourceFiles;
import se.kanalregister.model.Register;

/**
 * The front door: load a content folder, check it, and report what is wrong.
 * Configure once, run many times; each run has its own state. Thread-safe.
 */
public final class Kanalregister {

    private final ContentLoader loader;

    /** @param displayBase messages show file paths relative to this folder */
    public Kanalregister(Path displayBase) {
        this.loader = new ContentLoader(new SourceFiles(displayBase));
    }

    /** A loaded and checked register. {@code register} is null when nothing could be built from the content. */
    public record Checked(Register register, List<Finding> findings, Diagnostics diagnostics) {

        public boolean canBuild(boolean strict) {
            return register != null && !diagnostics.hasErrors() && !(strict && diagnostics.warningCount() > 0);
        }
    }

    /** Loads {@code content}, runs every check as of {@code today}, and collects all diagnostics. */
    public Checked check(Path content, LocalDate today) {
        Diagnostics diagnostics = new Diagnostics();
        Register register = loader.load(content, diagnostics);
        if (register == null) return new Checked(null, List.of(), diagnostics);
        DuplicateCheck.run(register, diagnostics);
        LinkCheck.run(register, diagnostics);
        Compliance compliance = new Compliance(register.organisation(), today);
        List<Finding> findings = compliance.findings(register);
        compliance.report(register, diagnostics);
        return new Checked(register, findings, diagnostics);
    }
}
