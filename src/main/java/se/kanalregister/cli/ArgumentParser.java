package se.kanalregister.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.text.Suggestions;

/**
 * Reads the command line. Options may come before or after the command, as
 * {@code --out DIR} or {@code --out=DIR}; an option the command would not read is refused
 * rather than ignored. Hand-written rather than picocli: measured, picocli's reflection and
 * class loading cost a cold start far more than the 20 ms the project allows.
 */
final class ArgumentParser {

    static final String HELP = "--help";
    static final String VERSION = "--version";

    private final List<Command> commands;

    ArgumentParser(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The language of messages, known before the rest is parsed so that errors speak it. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring(7);
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return "sv";
    }

    /**
     * What the user asked for.
     *
     * @param command   null when none was named (only with help or version)
     * @param help      {@code --help}, {@code -h} or the word {@code help}: print the command's help, or the overview
     */
    record Parsed(Command command, boolean help, boolean version, String language, Arguments arguments) {}

    Parsed parse(String[] args) throws UsageException {
        Command command = null;
        boolean helpWord = false;
        boolean help = false;
        boolean version = false;
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (command != null) positional.add(arg);
                else if (arg.equals("help") && !helpWord) helpWord = true;  // "help build" is "build --help"
                else command = command(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String value = eq > 0 ? arg.substring(eq + 1) : null;
            if (name.equals("-h")) name = HELP;
            if (name.equals(HELP) || name.equals(VERSION)) {
                if (value != null) throw new UsageException("cli.unknown-option", arg);
                help |= name.equals(HELP);
                version |= name.equals(VERSION);
                continue;
            }
            Option<?> option = known(name);
            if (option == null) throw unknownOption(name, command);
            if (!option.takesValue()) {
                if (value != null) throw new UsageException("cli.unknown-option", arg);
                values.put(option.name(), true);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("cli.missing-value", option.name(), option.example());
                }
                value = args[++i];
            }
            values.put(option.name(), option.conversion().convert(value));
        }
        String language = (String) values.getOrDefault(CommonOptions.LANG.name(), CommonOptions.LANG.absent());
        if (!help && !helpWord && !version) {
            if (command == null) throw new UsageException("cli.no-command");
            refuseUnused(command, values.keySet(), positional);
        }
        return new Parsed(command, help || helpWord, version && !help && !helpWord, language, new Arguments(values, positional));
    }

    /** The options {@code command} reads, with the one every command reads. */
    static List<Option<?>> accepted(Command command) {
        List<Option<?>> options = new ArrayList<>(command.options());
        options.add(CommonOptions.LANG);
        return options;
    }

    /** The option called {@code name} by any command, or null. */
    private Option<?> known(String name) {
        for (Command c : commands) {
            for (Option<?> o : accepted(c)) {
                if (o.name().equals(name) || name.equals(o.alias())) return o;
            }
        }
        return null;
    }

    /** An option or argument the command would not read is a mistake worth saying, not something to ignore. */
    private void refuseUnused(Command command, Collection<String> given, List<String> positional) throws UsageException {
        List<String> allowed = accepted(command).stream().map(Option::name).toList();
        for (String option : given) {
            if (allowed.contains(option)) continue;
            List<String> users = commands.stream().filter(c -> c.options().stream().anyMatch(o -> o.name().equals(option)))
                    .map(Command::name).toList();
            throw new UsageException("cli.option-not-for-command", option, command.name(), users);
        }
        if (!command.takesArguments() && !positional.isEmpty()) {
            throw new UsageException("cli.no-arguments", command.name(), positional.get(0));
        }
    }

    private Command command(String word) throws UsageException {
        for (Command c : commands) if (c.name().equals(word)) return c;
        List<String> names = commands.stream().map(Command::name).toList();
        String near = Suggestions.closest(word, names);
        if (near != null) throw new UsageException("cli.unknown-command.suggest", word, near);
        throw new UsageException("cli.unknown-command", word, names);
    }

    /** "Did you mean" looks among the options of the command given, or of every command when none is given yet. */
    private UsageException unknownOption(String name, Command command) {
        List<String> candidates = new ArrayList<>(List.of(HELP, VERSION));
        for (Command c : command == null ? commands : List.of(command)) {
            accepted(c).forEach(o -> candidates.add(o.name()));
        }
        String near = Suggestions.closest(name, candidates);
        if (near != null) return new UsageException("cli.unknown-option.suggest", name, near);
        return command == null
                ? new UsageException("cli.unknown-option", name)
                : new UsageException("cli.unknown-option.command", name, command.name());
    }
}
