package se.kanalregister.text;

import java.util.List;

/** A message key from the bundle and its arguments, formatted later in the user's language. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
