package se.kanalregister.cli;

import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;

/** {@code check}: reads and checks the whole register, prints every problem at once, writes nothing. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(CommonOptions.CONTENT, CommonOptions.TODAY, CommonOptions.STRICT, CommonOptions.QUIET);
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        Checked checked = new Kanalregister(call.workingDirectory()).check(PathGuards.content(call), call.today());
        Report.print(call, checked, call.quiet(), call.strict());
        if (checked.canBuild(call.strict())) return ExitCode.OK;
        if (!checked.diagnostics().hasErrors() && checked.register() != null) {
            call.err().println(call.messages().get("cli.strict-check-failed"));
        }
        return ExitCode.CONTENT_ERRORS;
    }
}
