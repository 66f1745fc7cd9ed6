package se.kanalregister.cli;

import java.util.List;
import java.util.Map;

/**
 * The options and arguments given to one command, already read into their types.
 *
 * @param values     by option name, only the options that were given
 * @param positional the command's arguments besides options, in order
 */
record Arguments(Map<String, Object> values, List<String> positional) {

    Arguments {
        values = Map.copyOf(values);
        positional = List.copyOf(positional);
    }

    /** The option's value, or its {@link Option#absent()} value when it was not given. */
    @SuppressWarnings("unchecked")  // the parser stored the value its own Option.conversion() returned
    <T> T get(Option<T> option) {
        return values.containsKey(option.name()) ? (T) values.get(option.name()) : option.absent();
    }
}
