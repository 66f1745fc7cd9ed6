package se.kanalregister.cli;

import java.util.List;

/** {@code completion bash|zsh}: prints a script that lets the shell complete commands, options and their values. */
final class CompletionCommand implements Command {

    private static final List<String> SHELLS = List.of("bash", "zsh");

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public List<Option<?>> options() {
        return List.of();
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public List<String> firstArguments() {
        return SHELLS;
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        List<String> a = call.arguments().positional();
        if (a.size() != 1 || !SHELLS.contains(a.get(0))) throw new UsageException("cli.completion.usage");
        CompletionScript script = new CompletionScript(Commands.ALL, call.messages());
        call.out().print(a.get(0).equals("bash") ? script.bash() : script.zsh());
        return ExitCode.OK;
    }
}
