package se.kanalregister.cli;

import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;

/**
 * {@code check}: reads and checks the whole register, prints every problem at once, writes nothing.
 * Short texts are rendered with the templates in force, so one that cannot fit is warned about here too.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(CommonOptions.CONTENT, CommonOptions.TEMPLATES, CommonOptions.TODAY, CommonOptions.STRICT,
                CommonOptions.QUIET);
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        Kanalregister kanalregister = new Kanalregister(call.workingDirectory());
        Checked checked = kanalregister.check(PathGuards.content(call), call.today());
        kanalregister.checkShortTexts(checked, PathGuards.templates(call));  // as a build would warn
        Report.print(call, checked, call.quiet(), call.strict());
        LanguageSummary.print(checked, call.err(), call.messages(), call.quiet());
        if (checked.canBuild(call.strict())) return ExitCode.OK;
        if (!checked.diagnostics().hasErrors() && checked.register() != null) {
            call.err().println(call.messages().get("cli.strict-check-failed"));
        }
        return ExitCode.CONTENT_ERRORS;
    }
}
