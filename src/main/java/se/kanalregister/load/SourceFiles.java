package se.kanalregister.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;

/**
 * Reads input files as strict UTF-8 text. Refuses symbolic links (content must not reach
 * outside its folder), files over {@link #MAX_BYTES}, bytes that are not UTF-8 (with the
 * line and column of the first bad byte) and empty files. Thread-safe.
 */
public final class SourceFiles {

    /** A channel file is about 1 KB and a long chapter 30 KB; 1 MB leaves room and stops hostile input early. */
    public static final int MAX_BYTES = 1 << 20;

    private final Path displayBase;

    /** @param displayBase messages show paths relative to this folder (usually the working directory) */
    public SourceFiles(Path displayBase) {
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /** The name messages use for {@code path}: relative to the display base when it lies below it. */
    public String displayName(Path path) {
        return SourcePosition.displayName(displayBase, path);
    }

    /** @return the file's text, or null after reporting why it cannot be read */
    public SourceText read(Path path, Diagnostics diagnostics) {
        String name = displayName(path);
        SourcePosition whole = SourcePosition.startOf(name);
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                diagnostics.error(whole, "file.symlink");
                return null;
            }
            if (attrs.size() > MAX_BYTES) {
                diagnostics.error(whole, "file.too-large", attrs.size(), MAX_BYTES);
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = decode(bytes, name, diagnostics);
            if (text == null) return null;
            if (text.isBlank()) {
                diagnostics.error(whole, "file.empty");
                return null;
            }
            return new SourceText(path, name, text);
        } catch (IOException e) {
            diagnostics.error(whole, "file.unreadable", Faults.reason(e));
            return null;
        }
    }

    private static String decode(byte[] bytes, String name, Diagnostics diagnostics) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            diagnostics.error(positionOfByte(bytes, start, bad, name), "file.not-utf8",
                    String.format("0x%02X", bytes[bad] & 0xFF));
            return null;
        }
        try {
            r = decoder.flush(out);
            if (r.isError()) r.throwException();
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.startOf(name), "file.not-utf8", "?");
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Line and column (in characters, approximately: bytes of ASCII) of a byte offset. */
    private static SourcePosition positionOfByte(byte[] b, int start, int offset, String name) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(name, line, column);
    }
}
