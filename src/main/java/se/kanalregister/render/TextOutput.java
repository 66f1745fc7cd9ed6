package se.kanalregister.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}, for the texts that are wanted as strings (info
 * texts). Unlike {@link java.io.StringWriter} it takes no lock per write and appends whole
 * strings in one copy. Not thread-safe; one per render.
 */
final class TextOutput extends Writer {

    private final StringBuilder text;

    TextOutput(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        if (off == 0 && len == s.length()) text.append(s);
        else text.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence cs) {
        text.append(cs);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
