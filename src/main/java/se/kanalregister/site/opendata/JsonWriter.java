package se.kanalregister.site.opendata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import se.kanalregister.text.Hex;

/**
 * Writes one JSON document (RFC 8259), indented by two spaces, members in the order they
 * are written. Strings are escaped completely: quotes, backslash, every control character,
 * U+2028 and U+2029 (line breaks to JavaScript) and unpaired surrogates. A
 * {@linkplain #forScript() script-safe} writer also escapes {@code <}, {@code >} and
 * {@code &}, so the text can stand inside an HTML {@code <script>} element. Misuse (a
 * value without a name in an object, an unclosed container) is a program fault. Not
 * thread-safe; one per document.
 */
public final class JsonWriter {

    private enum Scope { EMPTY_OBJECT, OBJECT, EMPTY_ARRAY, ARRAY }

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final boolean scriptSafe;
    private boolean afterName;
    private boolean done;

    private JsonWriter(boolean scriptSafe) {
        this.scriptSafe = scriptSafe;
    }

    /** A writer for a file of its own. */
    public static JsonWriter plain() {
        return new JsonWriter(false);
    }

    /** A writer whose text is also safe inside an HTML {@code <script>} element. */
    public static JsonWriter forScript() {
        return new JsonWriter(true);
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        scopes.push(Scope.EMPTY_OBJECT);
        return this;
    }

    public JsonWriter endObject() {
        return close(Scope.EMPTY_OBJECT, Scope.OBJECT, '}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        scopes.push(Scope.EMPTY_ARRAY);
        return this;
    }

    public JsonWriter endArray() {
        return close(Scope.EMPTY_ARRAY, Scope.ARRAY, ']');
    }

    /** The next member's name; the value follows. */
    public JsonWriter name(String name) {
        Scope s = scopes.peek();
        if (afterName || (s != Scope.EMPTY_OBJECT && s != Scope.OBJECT)) throw new IllegalStateException("a name outside an object: " + name);
        scopes.pop();
        if (s == Scope.OBJECT) out.append(',');
        scopes.push(Scope.OBJECT);
        newline();
        appendString(out, name, scriptSafe);
        out.append(": ");
        afterName = true;
        return this;
    }

    /** A string, or {@code null} for a null value. */
    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) out.append("null");
        else appendString(out, value, scriptSafe);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** An array of strings. */
    public JsonWriter values(List<String> values) {
        beginArray();
        for (String v : values) value(v);
        return endArray();
    }

    /** {@code name} and a string value (or null). */
    public JsonWriter member(String name, String value) {
        return name(name).value(value);
    }

    /** The document, ending in a newline. */
    public String text() {
        if (!scopes.isEmpty() || afterName || !done) throw new IllegalStateException("the JSON document is not complete");
        return out + "\n";
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        Scope s = scopes.peek();
        if (s == null) {
            if (done) throw new IllegalStateException("a JSON document has one top-level value");
            done = true;
            return;
        }
        if (s == Scope.EMPTY_OBJECT || s == Scope.OBJECT) throw new IllegalStateException("a value without a name in an object");
        scopes.pop();
        if (s == Scope.ARRAY) out.append(',');
        scopes.push(Scope.ARRAY);
        newline();
    }

    private JsonWriter close(Scope empty, Scope filled, char bracket) {
        Scope s = scopes.peek();
        if (afterName || (s != empty && s != filled)) throw new IllegalStateException("unbalanced " + bracket);
        scopes.pop();
        if (s == filled) newline();
        out.append(bracket);
        return this;
    }

    private void newline() {
        out.append('\n');
        for (int i = scopes.size(); i > 0; i--) out.append("  ");
    }

    /** {@code s} as a JSON string literal, quotes included. */
    static void appendString(StringBuilder b, String s, boolean scriptSafe) {
        b.append('"');
        if (isPlain(s, scriptSafe)) { // most names and values: copy the whole string at once
            b.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> appendOther(b, s, i, c, scriptSafe);
            }
        }
        b.append('"');
    }

    /** True when no char of {@code s} is escaped by the loop in {@link #appendString} (surrogates are checked there). */
    private static boolean isPlain(String s, boolean scriptSafe) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                    || (scriptSafe && (c == '<' || c == '>' || c == '&'))) {
                return false;
            }
        }
        return true;
    }

    private static void appendOther(StringBuilder b, String s, int i, char c, boolean scriptSafe) {
        boolean unsafe = c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029'
                || (scriptSafe && (c == '<' || c == '>' || c == '&'))
                || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
        if (unsafe) Hex.appendUnicodeEscape(b, c);
        else b.append(c);
    }
}
