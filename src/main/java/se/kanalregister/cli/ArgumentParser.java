package se.kanalregister.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kanalregister.text.Messages;
import se.kanalregister.text.Suggestions;

/**
 * Reads the command line. Options may come before or after the command, as
 * {@code --out DIR} or {@code --out=DIR}. Hand-written rather than a library: it is small,
 * and every class loaded at start-up costs time on each build.
 */
final class ArgumentParser {

    static final int DEFAULT_PORT = 8000;

    /** Every command and the options it reads; any other option is refused rather than ignored. */
    private static final Map<String, Set<String>> COMMANDS = commands();
    /** Where a webmaster's own templates are looked for when --templates is not given. */
    static final Path DEFAULT_TEMPLATES = Path.of("templates");
    private static final List<String> VALUED = List.of("--content", "--templates", "--out", "--today", "--lang", "--port",
            "--plattform");
    private static final List<String> FLAGS = List.of("--strict", "--quiet", "--profile", "--help", "--version");
    /** Commands that take no arguments besides options; new and infotext check their own. */
    private static final Set<String> NO_ARGUMENTS = Set.of("check", "build", "serve");

    private static Map<String, Set<String>> commands() {
        Set<String> common = Set.of("--content", "--today", "--lang");
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("check", union(common, "--templates", "--strict", "--quiet"));
        m.put("build", union(common, "--templates", "--out", "--strict", "--quiet", "--profile"));
        m.put("serve", union(common, "--templates", "--out", "--strict", "--quiet", "--port"));
        m.put("new", common);
        m.put("infotext", union(common, "--templates", "--plattform"));
        return m;
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> s = new LinkedHashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** The language of messages, known before the rest is parsed so that errors speak it. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring(7);
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return "sv";
    }

    Options parse(String[] args) throws UsageException {
        String command = null;
        boolean help = false;
        boolean version = false;
        Path content = Path.of("content");
        Path templates = DEFAULT_TEMPLATES;
        Path out = Path.of("site");
        LocalDate today = null;
        boolean strict = false;
        boolean quiet = false;
        String lang = "sv";
        int port = DEFAULT_PORT;
        String platform = null;
        boolean profile = false;
        List<String> positional = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (command == null) command = command(arg);
                else positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            name = switch (name) {
                case "-h" -> "--help";
                case "--platform" -> "--plattform";
                default -> name;
            };
            if (FLAGS.contains(name)) {
                if (value != null) throw new UsageException("cli.unknown-option", arg);
                switch (name) {
                    case "--strict" -> strict = true;
                    case "--quiet" -> quiet = true;
                    case "--profile" -> profile = true;
                    case "--help" -> help = true;
                    default -> version = true;
                }
                given.add(name);
                continue;
            }
            if (!VALUED.contains(name)) throw unknownOption(name);
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("cli.missing-value", name, example(name));
                }
                value = args[++i];
            }
            switch (name) {
                case "--content" -> content = Path.of(value);
                case "--templates" -> templates = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--today" -> today = date(value);
                case "--port" -> port = port(value);
                case "--plattform" -> platform = value;
                default -> lang = language(value);
            }
            given.add(name);
        }
        if (help || "help".equals(command)) command = "help";
        else if (version) command = "version";
        else if (command == null) throw new UsageException("cli.no-command");
        else refuseUnused(command, given, positional);
        return new Options(command, content, templates, out, today, strict, lang, quiet, positional, port, platform, profile);
    }

    /** An option or argument the command would not read is a mistake worth saying, not something to ignore. */
    private static void refuseUnused(String command, List<String> given, List<String> positional) throws UsageException {
        Set<String> allowed = COMMANDS.get(command);
        for (String option : given) {
            if (allowed.contains(option)) continue;
            List<String> users = COMMANDS.entrySet().stream().filter(e -> e.getValue().contains(option))
                    .map(Map.Entry::getKey).toList();
            throw new UsageException("cli.option-not-for-command", option, command, users);
        }
        if (NO_ARGUMENTS.contains(command) && !positional.isEmpty()) {
            throw new UsageException("cli.no-arguments", command, positional.get(0));
        }
    }

    private static String command(String arg) throws UsageException {
        if (COMMANDS.containsKey(arg) || arg.equals("help")) return arg;
        String near = Suggestions.closest(arg, COMMANDS.keySet());
        if (near != null) throw new UsageException("cli.unknown-command.suggest", arg, near);
        throw new UsageException("cli.unknown-command", arg);
    }

    private static UsageException unknownOption(String name) {
        List<String> all = new ArrayList<>(VALUED);
        all.addAll(FLAGS);
        String near = Suggestions.closest(name, all);
        return near != null
                ? new UsageException("cli.unknown-option.suggest", name, near)
                : new UsageException("cli.unknown-option", name);
    }

    private static LocalDate date(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.bad-date", value);
        }
    }

    /** 1–65535, or 0 for any free port. */
    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("cli.bad-port", value);
    }

    private static String language(String value) throws UsageException {
        if (!Messages.LANGUAGES.contains(value)) throw new UsageException("cli.bad-lang", value);
        return value;
    }

    private static String example(String option) {
        return switch (option) {
            case "--today" -> "2026-01-31";
            case "--lang" -> "en";
            case "--port" -> "8001";
            case "--plattform" -> "instagram";
            default -> "./mapp";
        };
    }
}
