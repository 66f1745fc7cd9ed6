package se.kanalregister.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer into a char array, for the texts that are wanted as strings (info texts, pages
 * handed on as strings). Unlike {@link java.io.StringWriter} it takes no lock per write; unlike
 * a {@code StringBuilder} it is never re-allocated when the first non-Latin-1 character
 * (an arrow, a dash) arrives, and it copies strings and parts of strings in bulk. Not
 * thread-safe; one text at a time, {@link #reset} between texts.
 */
final class TextOutput extends Writer {

    /** Longer arrays are not kept for the next text after {@link #reset}: the odd huge page should not pin its buffer. */
    private static final int KEEP = 1 << 16;

    private final int initial;
    private char[] chars;
    private int length;

    TextOutput(int capacity) {
        initial = Math.max(16, capacity);
        chars = new char[initial];
    }

    /** Empty again, for the next text. */
    void reset() {
        length = 0;
        if (chars.length > KEEP) chars = new char[initial];
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    @Override
    public void write(char[] cs, int off, int len) {
        room(len);
        System.arraycopy(cs, off, chars, length, len);
        length += len;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        room(len);
        s.getChars(off, off + len, chars, length);
        length += len;
    }

    @Override
    public Writer append(CharSequence cs) {
        write(String.valueOf(cs));
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Hands the text written so far to {@code reader}, without copying it. */
    <T> T read(RenderedChars<T> reader) {
        return reader.read(chars, length);
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void room(int more) {
        if (length + more > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }
}
