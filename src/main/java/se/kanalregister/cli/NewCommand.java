package se.kanalregister.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import se.kanalregister.diag.Faults;
import se.kanalregister.authoring.Scaffold;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Slugs;

/** {@code new kanal <id>}, {@code new kapitel <namn>} and {@code new översättning <kod>}: a commented file to fill in. */
final class NewCommand implements Command {

    private static final List<String> KINDS = List.of("kanal", "kapitel", "översättning");

    @Override
    public String name() {
        return "new";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(CommonOptions.CONTENT, CommonOptions.TODAY);
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public List<String> firstArguments() {
        return KINDS;
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        Path content = PathGuards.existingRegister(call);
        List<String> a = call.arguments().positional();
        if (a.size() != 2 || !KINDS.contains(a.get(0))) throw new UsageException("cli.new.usage");
        String name = a.get(1).replaceFirst("\\.(ya?ml|md)$", "");
        boolean channel = a.get(0).equals("kanal");
        boolean translation = a.get(0).equals("översättning");
        if (translation) TranslationCommand.refuse(name);
        else if (channel && !Slugs.isValidId(name)) throw new UsageException("cli.new.bad-name", name, Slugs.slugify(name));
        Scaffold scaffold = new Scaffold(content, call.today());
        try {
            Path file = translation ? scaffold.translation(name) : channel ? scaffold.channel(name) : scaffold.chapter(name);
            call.out().println(call.messages().format("cli.new.written", call.displayPath(file)));
            return ExitCode.OK;
        } catch (FileAlreadyExistsException e) {
            call.printError("cli.new.exists", call.displayPath(Path.of(e.getFile())));
        } catch (NotDirectoryException e) {
            call.err().println(Diagnostic.error(SourcePosition.of(call.displayPath(Path.of(e.getFile()))), "cli.new.folder-is-file")
                    .format(call.messages()));
        } catch (IOException e) {
            call.printError("cli.write-failed", Faults.reason(e));
        }
        return ExitCode.CONTENT_ERRORS;
    }
}
