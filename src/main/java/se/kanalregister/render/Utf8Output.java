package se.kanalregister.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that encodes to UTF-8 as the text arrives, exactly as
 * {@code String.getBytes(UTF_8)} would (an unpaired surrogate becomes {@code ?}). A page
 * rendered this way never exists as a {@code String}, nor whole as bytes: each block goes to
 * the file ({@link #streamTo}) as it fills, so even the 18 MB register needs one block of
 * memory. Not thread-safe; one page at a time, each begun by {@link #streamTo}.
 */
final class Utf8Output extends Writer {

    /** The longest encoding of one char or surrogate pair: a block keeps this much room free. */
    private static final int MAX_BYTES = 4;

    /** Where each full block goes: the page's file. */
    private OutputStream sink;
    private byte[] block;
    private int pos;
    private char pendingHigh;
    private final char[] scratch = new char[512];

    /** @param blockSize the bytes gathered before each write to the file */
    Utf8Output(int blockSize) {
        block = new byte[Math.max(64, blockSize)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int i = off;
        int end = off + len;
        while (i < end) {
            if (pendingHigh == 0) { // copy a run of ASCII straight into the block: most of a page
                byte[] b = block;
                int p = pos;
                int stop = Math.min(end, i + b.length - MAX_BYTES - p);
                while (i < stop && chars[i] < 0x80) b[p++] = (byte) chars[i++];
                pos = p;
            }
            if (i < end) put(chars[i++]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            int n = Math.min(scratch.length, end - off);
            s.getChars(off, off + n, scratch, 0);
            write(scratch, 0, n);
            off += n;
        }
    }

    /**
     * Writes {@code s} with each ASCII character that {@code entities} has bytes for replaced by
     * them: escaping and encoding in one pass (see {@link EscapingFormats}).
     */
    void writeEscaped(String s, byte[][] entities) throws IOException {
        int n = s.length();
        for (int off = 0; off < n; ) {
            int len = Math.min(scratch.length, n - off);
            s.getChars(off, off + len, scratch, 0);
            off += len;
            char[] chars = scratch;
            int i = 0;
            while (i < len) {
                if (pendingHigh == 0) { // a run of ASCII that needs no escaping, straight into the block
                    byte[] b = block;
                    int p = pos;
                    int stop = Math.min(len, i + b.length - MAX_BYTES - p);
                    char c;
                    while (i < stop && (c = chars[i]) < 0x80 && entities[c] == null) {
                        b[p++] = (byte) c;
                        i++;
                    }
                    pos = p;
                }
                if (i < len) {
                    char c = chars[i++];
                    if (c < 0x80 && entities[c] != null) entity(entities[c]);
                    else put(c);
                }
            }
        }
    }

    private void entity(byte[] bytes) throws IOException {
        for (byte b : bytes) put((char) b); // put writes a lone high surrogate before it as '?'
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence cs) throws IOException {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Empty again, for the next page, written to {@code out} block by block; {@link #finish} writes the rest. */
    void streamTo(OutputStream out) {
        sink = out;
        pos = 0;
        pendingHigh = 0;
    }

    /**
     * Writes {@code text} to {@code out} as UTF-8 a block at a time: text built in a
     * {@code StringBuilder} (the open-data files) is never copied whole into a string or an array.
     */
    static void stream(StringBuilder text, OutputStream out) throws IOException {
        Utf8Output utf8 = new Utf8Output(64 * 1024);
        utf8.streamTo(out);
        char[] chunk = new char[8192];
        for (int off = 0; off < text.length(); off += chunk.length) {
            int n = Math.min(chunk.length, text.length() - off);
            text.getChars(off, off + n, chunk, 0);
            utf8.write(chunk, 0, n);
        }
        utf8.finish();
    }

    /** Writes what is left to the stream given to {@link #streamTo}. */
    void finish() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room();
            block[pos++] = '?';
        }
        sink.write(block, 0, pos);
        pos = 0;
        sink = null;  // the file is done: the thread's buffer should not keep its stream
    }


    private void put(char c) throws IOException {
        if (pos > block.length - MAX_BYTES) nextBlock();
        byte[] b = block;
        if (c < 0x80 && pendingHigh == 0) {
            b[pos++] = (byte) c;
        } else if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                b[pos++] = (byte) (0xF0 | (cp >> 18));
                b[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[pos++] = '?';
                put(c);
            }
        } else if (c < 0x800) {
            b[pos++] = (byte) (0xC0 | (c >> 6));
            b[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            b[pos++] = '?';
        } else {
            b[pos++] = (byte) (0xE0 | (c >> 12));
            b[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void room() throws IOException {
        if (pos > block.length - MAX_BYTES) nextBlock();
    }

    private void nextBlock() throws IOException {
        sink.write(block, 0, pos);
        pos = 0;
    }
}
