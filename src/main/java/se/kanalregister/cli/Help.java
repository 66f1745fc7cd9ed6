package se.kanalregister.cli;

import java.util.List;
import se.kanalregister.text.Messages;

/**
 * The help texts, put together from the commands and their options so that the help always
 * lists what the parser accepts. The words are in the message bundle (see {@link Command}).
 */
final class Help {

    private static final int COLUMN = 22;

    private final Messages messages;

    Help(Messages messages) {
        this.messages = messages;
    }

    /** {@code kanalregister --help}: every command in one line each, and the options all of them take. */
    String overview(List<Command> commands) {
        StringBuilder b = new StringBuilder(messages.get("cli.help.overview")).append("\n\n")
                .append(messages.get("cli.help.commands")).append('\n');
        for (Command c : commands) {
            List<String> synopses = lines("cli." + c.name() + ".synopsis");
            List<String> summaries = lines("cli." + c.name() + ".summary");
            for (int i = 0; i < synopses.size(); i++) row(b, synopses.get(i), summaries.get(Math.min(i, summaries.size() - 1)));
        }
        b.append('\n').append(messages.get("cli.help.every-command")).append('\n');
        option(b, CommonOptions.LANG);
        row(b, ArgumentParser.HELP, messages.get("cli.help.help"));
        row(b, ArgumentParser.VERSION, messages.get("cli.help.version"));
        return b.append('\n').append(messages.get("cli.help.more")).append('\n').toString();
    }

    /** {@code kanalregister <command> --help}: its usage, what it does, its options, examples and exit codes. */
    String of(Command command) {
        String prefix = "cli." + command.name();
        StringBuilder b = new StringBuilder();
        List<String> synopses = lines(prefix + ".synopsis");
        for (int i = 0; i < synopses.size(); i++) {
            String lead = i == 0 ? messages.get("cli.help.usage") : " ".repeat(messages.get("cli.help.usage").length());
            b.append(lead).append(" kanalregister ").append(synopses.get(i)).append(' ').append(messages.get("cli.help.with-options"))
                    .append('\n');
        }
        b.append('\n').append(messages.get(prefix + ".about")).append("\n\n").append(messages.get("cli.help.options")).append('\n');
        for (Option<?> o : ArgumentParser.accepted(command)) option(b, o);
        row(b, ArgumentParser.HELP, messages.get("cli.help.help.command"));
        b.append('\n').append(messages.get("cli.help.examples")).append('\n');
        for (String example : lines(prefix + ".examples")) b.append("  ").append(example).append('\n');
        return b.append('\n').append(messages.get("cli.help.exit-codes")).append('\n').toString();
    }

    private void option(StringBuilder b, Option<?> o) {
        String key = "cli.option." + o.key();
        row(b, messages.get(key + ".label"), messages.get(key));
    }

    private static void row(StringBuilder b, String left, String right) {
        b.append("  ").append(left);
        b.append(left.length() < COLUMN ? " ".repeat(COLUMN - left.length()) : "  ").append(right).append('\n');
    }

    private List<String> lines(String key) {
        return messages.get(key).lines().toList();
    }
}
