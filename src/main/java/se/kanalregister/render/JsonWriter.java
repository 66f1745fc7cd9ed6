package se.kanalregister.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import se.kanalregister.text.JsonStrings;

/**
 * Writes one JSON document (RFC 8259), indented by two spaces, members in the order they
 * are written. Strings are escaped completely ({@link JsonStrings}): quotes, backslash, every control character,
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
    private final JsonStrings.Target target;
    private boolean afterName;
    private boolean done;

    private JsonWriter(JsonStrings.Target target) {
        this.target = target;
    }

    /** A writer for a file of its own. */
    public static JsonWriter plain() {
        return new JsonWriter(JsonStrings.Target.FILE);
    }

    /** A writer whose text is also safe inside an HTML {@code <script>} element. */
    public static JsonWriter forScript() {
        return new JsonWriter(JsonStrings.Target.HTML_SCRIPT);
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
        JsonStrings.append(out, name, target);
        out.append(": ");
        afterName = true;
        return this;
    }

    /** A string, or {@code null} for a null value. */
    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) out.append("null");
        else JsonStrings.append(out, value, target);
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

    /**
     * A value written elsewhere as complete JSON, by the program (never from input): the account
     * rules, whose one serialisation the page script and verifiering.json share.
     */
    public JsonWriter raw(String json) {
        beforeValue();
        out.append(json);
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
        checkComplete();
        return out + "\n";
    }

    /** The document, ending in a newline, as a file's content: a big one is never copied into one string. */
    public StreamedPage page() {
        checkComplete();
        StreamedPage document = StreamedPage.of(out);
        return file -> {
            document.writeTo(file);
            file.write('\n');
        };
    }

    private void checkComplete() {
        if (!scopes.isEmpty() || afterName || !done) throw new IllegalStateException("the JSON document is not complete");
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
}
