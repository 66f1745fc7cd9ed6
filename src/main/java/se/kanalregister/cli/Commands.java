package se.kanalregister.cli;

import java.util.List;

/** Every command, in the order the help lists them. A new command is one class and one line here. */
final class Commands {

    static final List<Command> ALL = List.of(
            new CheckCommand(),
            new BuildCommand(),
            new ServeCommand(),
            new InfoTextCommand(),
            new VerifyCommand(),
            new NewCommand(),
            new ImportCommand(),
            new CompletionCommand());

    private Commands() {}
}
