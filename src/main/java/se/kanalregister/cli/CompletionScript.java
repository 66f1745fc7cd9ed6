package se.kanalregister.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.kanalregister.text.Messages;

/**
 * Shell completion scripts written from the commands themselves, so that a new command or
 * option is completed without anyone editing a script. Options may stand before or after
 * the command, as the parser allows.
 */
final class CompletionScript {

    private final List<Command> commands;
    private final Messages messages;

    CompletionScript(List<Command> commands, Messages messages) {
        this.commands = List.copyOf(commands);
        this.messages = messages;
    }

    String bash() {
        StringBuilder b = new StringBuilder()
                .append("# bash completion for kanalregister, written by: kanalregister completion bash\n")
                .append("# Use it with: source <(kanalregister completion bash)\n")
                .append("_kanalregister() {\n")
                .append("    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i args=0\n")
                .append("    case $prev in\n");
        for (Option<?> o : allOptions()) {
            if (!o.takesValue()) continue;
            b.append("        ").append(spellings(o, "|")).append(") ").append(switch (o.completes()) {
                case FOLDERS -> "COMPREPLY=($(compgen -d -- \"$cur\"))";
                case CHOICES -> "COMPREPLY=($(compgen -W \"" + String.join(" ", o.choices()) + "\" -- \"$cur\"))";
                case NOTHING -> "COMPREPLY=()";
            }).append("; return;;\n");
        }
        b.append("    esac\n")
                .append("    for ((i = 1; i < COMP_CWORD; i++)); do\n")
                .append("        case ${COMP_WORDS[i]} in\n")
                .append("            ").append(valuedSpellings("|")).append(") i=$((i + 1));;\n")
                .append("            -*) ;;\n")
                .append("            *) if [[ -z $cmd ]]; then cmd=${COMP_WORDS[i]}; else args=$((args + 1)); fi;;\n")
                .append("        esac\n")
                .append("    done\n")
                .append("    case $cmd in\n")
                .append("        '') COMPREPLY=($(compgen -W \"").append(String.join(" ", names())).append(" help --lang --help --version\" -- \"$cur\"));;\n")
                .append("        help) COMPREPLY=($(compgen -W \"").append(String.join(" ", names())).append("\" -- \"$cur\"));;\n");
        for (Command c : commands) {
            b.append("        ").append(c.name()).append(")\n");
            if (!c.firstArguments().isEmpty()) {
                b.append("            if [[ $args -eq 0 && $cur != -* ]]; then COMPREPLY=($(compgen -W \"")
                        .append(String.join(" ", c.firstArguments())).append("\" -- \"$cur\")); return; fi\n");
            }
            b.append("            COMPREPLY=($(compgen -W \"").append(words(ArgumentParser.accepted(c))).append("--help\" -- \"$cur\"));;\n");
        }
        return b.append("    esac\n")
                .append("}\n")
                .append("complete -F _kanalregister kanalregister\n").toString();
    }

    String zsh() {
        StringBuilder b = new StringBuilder()
                .append("#compdef kanalregister\n")
                .append("# zsh completion for kanalregister, written by: kanalregister completion zsh\n")
                .append("# Use it with: source <(kanalregister completion zsh)  (after compinit)\n")
                .append("_kanalregister() {\n")
                .append("    local -a commands=(\n");
        for (Command c : commands) {
            b.append("        ").append(quoted(c.name() + ":" + messages.get("cli." + c.name() + ".summary").lines().findFirst().orElse("")))
                    .append('\n');
        }
        b.append("    )\n")
                .append("    local cmd=${words[(r)(").append(String.join("|", names())).append(")]}\n")
                .append("    if [[ -z $cmd || $words[CURRENT] == $cmd ]]; then\n")
                .append("        _describe ").append(quoted(messages.get("cli.completion.commands"))).append(" commands\n")
                .append("        return\n")
                .append("    fi\n")
                .append("    case $cmd in\n");
        for (Command c : commands) {
            b.append("        ").append(c.name()).append(")\n            _arguments -s");
            for (Option<?> o : ArgumentParser.accepted(c)) {
                b.append(" \\\n                ").append(quoted(zshSpec(o, o.name())));
                if (o.alias() != null) b.append(" \\\n                ").append(quoted(zshSpec(o, o.alias())));
            }
            b.append(" \\\n                ").append(quoted("--help[" + bracketSafe(messages.get("cli.help.help.command")) + "]"));
            if (!c.firstArguments().isEmpty()) {
                b.append(" \\\n                ").append(quoted("*:argument:(" + String.join(" ", c.firstArguments()) + ")"));
            }
            b.append(";;\n");
        }
        return b.append("    esac\n")
                .append("}\n")
                .append("compdef _kanalregister kanalregister\n").toString();
    }

    /** An {@code _arguments} spec: {@code --out=[description]:MAPP:_files -/}. */
    private String zshSpec(Option<?> o, String spelling) {
        String description = "[" + bracketSafe(messages.get("cli.option." + o.key())) + "]";
        if (!o.takesValue()) return spelling + description;
        String action = switch (o.completes()) {
            case FOLDERS -> "_files -/";
            case CHOICES -> "(" + String.join(" ", o.choices()) + ")";
            case NOTHING -> " ";
        };
        return spelling + "=" + description + ":" + placeholder(o) + ":" + action;
    }

    /** What the value is called in the help: {@code MAPP} in {@code --out MAPP}. */
    private String placeholder(Option<?> o) {
        String label = messages.get("cli.option." + o.key() + ".label");
        return bracketSafe(label.substring(label.indexOf(' ') + 1));
    }

    private List<Option<?>> allOptions() {
        List<Option<?>> all = new ArrayList<>();
        for (Command c : commands) for (Option<?> o : ArgumentParser.accepted(c)) if (!all.contains(o)) all.add(o);
        return all;
    }

    private String valuedSpellings(String separator) {
        return allOptions().stream().filter(Option::takesValue).map(o -> spellings(o, separator)).collect(Collectors.joining(separator));
    }

    private static String spellings(Option<?> o, String separator) {
        return o.alias() == null ? o.name() : o.name() + separator + o.alias();
    }

    private static String words(List<Option<?>> options) {
        StringBuilder b = new StringBuilder();
        for (Option<?> o : options) b.append(o.name()).append(' ');
        return b.toString();
    }

    private List<String> names() {
        return commands.stream().map(Command::name).toList();
    }

    /** Single-quoted for the shell. */
    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** zsh ends a description at the first unescaped bracket. */
    private static String bracketSafe(String s) {
        return s.replace("[", "(").replace("]", ")").replace(":", "\\:");
    }
}
