package se.kanalregister.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * One option a command reads: {@code --out DIR}, or a flag such as {@code --strict}. Its help
 * text is in the message bundle under {@code cli.option.<name without dashes>} (the
 * description) and {@code ….label} (how it is written, such as {@code --out MAPP}).
 *
 * @param alias      another spelling that means the same, or null
 * @param example    a value to show when the value is missing; null for a flag
 * @param absent     the value when the option is not given (false for a flag; null when documented so)
 * @param conversion reads the value; null for a flag
 * @param completes  what the shell completion offers after the option
 * @param choices    the words offered when {@code completes} is {@link Completes#CHOICES}
 */
record Option<T>(String name, String alias, String example, T absent, Conversion<T> conversion,
                 Completes completes, List<String> choices) {

    /** Reads the text of a value; a value that cannot be read is a usage mistake. */
    @FunctionalInterface
    interface Conversion<T> {
        T convert(String value) throws UsageException;
    }

    /** What the shell completion offers after the option. */
    enum Completes { NOTHING, FOLDERS, CHOICES }

    Option {
        choices = List.copyOf(choices);
    }

    static Option<Boolean> flag(String name) {
        return new Option<>(name, null, null, false, null, Completes.NOTHING, List.of());
    }

    static Option<Path> folder(String name, String whenAbsent) {
        return new Option<>(name, null, "./mapp", Path.of(whenAbsent), Path::of, Completes.FOLDERS, List.of());
    }

    static <T> Option<T> valued(String name, String example, T absent, Conversion<T> conversion) {
        return new Option<>(name, null, example, absent, conversion, Completes.NOTHING, List.of());
    }

    Option<T> withAlias(String otherSpelling) {
        return new Option<>(name, otherSpelling, example, absent, conversion, completes, choices);
    }

    Option<T> completing(List<String> words) {
        return new Option<>(name, alias, example, absent, conversion, Completes.CHOICES, words);
    }

    boolean takesValue() {
        return conversion != null;
    }

    /** The part of the message keys that names this option: {@code out} for {@code --out}. */
    String key() {
        return name.substring(2);
    }
}
