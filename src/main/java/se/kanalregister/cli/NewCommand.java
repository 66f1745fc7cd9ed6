package se.kanalregister.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import se.kanalregister.authoring.Scaffold;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Slugs;

/** {@code new kanal <id>} and {@code new kapitel <namn>}: a commented file to fill in. */
final class NewCommand implements Command {

    private static final List<String> KINDS = List.of("kanal", "kapitel");

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
        if (!Slugs.isValidId(name)) throw new UsageException("cli.new.bad-name", name, Slugs.slugify(name));
        Scaffold scaffold = new Scaffold(content, call.today());
        try {
            Path file = a.get(0).equals("kanal") ? scaffold.channel(name) : scaffold.chapter(name, title(name));
            call.out().println(call.messages().format("cli.new.written", call.displayPath(file)));
            return ExitCode.OK;
        } catch (FileAlreadyExistsException e) {
            call.printError("cli.new.exists", call.displayPath(Path.of(e.getFile())));
        } catch (NotDirectoryException e) {
            call.err().println(Diagnostic.error(SourcePosition.of(call.displayPath(Path.of(e.getFile()))), "cli.new.folder-is-file")
                    .format(call.messages()));
        } catch (IOException e) {
            call.printError("cli.write-failed", e);
        }
        return ExitCode.CONTENT_ERRORS;
    }

    /** "07-gallring-och-arkiv" → "Gallring och arkiv": a starting title the writer will change. */
    private static String title(String name) {
        String t = name.replaceFirst("^[0-9]+-", "").replace('-', ' ').strip();
        return t.isEmpty() ? "Nytt kapitel" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
