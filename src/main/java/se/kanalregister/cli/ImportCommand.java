package se.kanalregister.cli;

import java.nio.file.Path;
import java.util.List;
import se.kanalregister.importing.ImportRun;

/** {@code import <file>}: channel files from a spreadsheet export or a saved web page (see {@link ImportRun}). */
final class ImportCommand implements Command {

    static final Option<Boolean> DRY_RUN = Option.flag("--dry-run");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(CommonOptions.CONTENT, DRY_RUN);
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        List<String> a = call.arguments().positional();
        if (a.size() != 1) throw new UsageException("cli.import.usage");
        Path content = PathGuards.existingRegister(call);
        int code = new ImportRun(call.out(), call.err(), call.messages(), call.workingDirectory())
                .run(a.get(0), content, call.today(), call.get(DRY_RUN));
        return switch (code) {
            case 0 -> ExitCode.OK;
            case 2 -> ExitCode.USAGE;
            default -> ExitCode.CONTENT_ERRORS;
        };
    }
}
