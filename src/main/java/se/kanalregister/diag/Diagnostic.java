package se.kanalregister.diag;

import java.util.List;
import se.kanalregister.text.Message;
import se.kanalregister.text.Messages;

/**
 * One problem in the user's input: where it is, how bad, and what to do about it.
 * The text is a {@link Message} so the same diagnostic prints in Swedish or English.
 */
public record Diagnostic(Severity severity, SourcePosition position, Message message)
        implements Comparable<Diagnostic> {

    public static Diagnostic error(SourcePosition position, String key, Object... args) {
        return new Diagnostic(Severity.ERROR, position, new Message(key, List.of(args)));
    }

    public static Diagnostic warning(SourcePosition position, String key, Object... args) {
        return new Diagnostic(Severity.WARNING, position, new Message(key, List.of(args)));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: fel: what is wrong — how to fix it}. */
    public String format(Messages messages) {
        return line(position.toString(), text(messages));
    }

    /** {@code fel: what is wrong — how to fix it}: the line without its place, for a list that shows the place apart. */
    public String text(Messages messages) {
        return messages.get(severity.messageKey()) + ": " + messages.format(message);
    }

    /** Joins a place and a {@link #text} into the line {@link #format} prints: the one way problems are printed. */
    public static String line(String where, String text) {
        return where + ": " + text;
    }

    /** By place (file, line, column): users fix a file from top to bottom. */
    @Override
    public int compareTo(Diagnostic o) {
        int c = position.compareTo(o.position);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.key().compareTo(o.message.key());
    }
}
