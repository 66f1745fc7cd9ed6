package se.kanalregister.cli;

import java.util.List;

/**
 * One command of the command line. Its help lives in the message bundle under
 * {@code cli.<name>.synopsis}, {@code .summary}, {@code .about} and {@code .examples};
 * {@link Commands#ALL} lists the commands.
 */
interface Command {

    /** The word that calls it: {@code check}. */
    String name();

    /** The options it reads, in the order its help lists them; {@code --lang} and {@code --help} come with every command. */
    List<Option<?>> options();

    /** Whether it reads arguments besides options; a command that does checks them itself. */
    default boolean takesArguments() {
        return false;
    }

    /** The words the shell completion offers as the first argument. */
    default List<String> firstArguments() {
        return List.of();
    }

    /** Runs the command. Nothing the user did wrong escapes as anything but a {@link UsageException}. */
    ExitCode run(Invocation call) throws UsageException;
}
