package se.kanalregister.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns a source file's bytes into text the way a Swedish office writes them: UTF-8 with or
 * without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), and otherwise
 * Windows-1252, which is what Excel in Sweden saves as "CSV (semikolonavgränsad)". Bytes
 * that are not valid UTF-8 cannot be UTF-8, so the test is exact, not a guess.
 */
final class SourceDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARES_UTF8 = Pattern.compile("(?i)<meta[^>]+charset=[\"']?utf-?8");

    private SourceDecoding() {}

    static String decode(byte[] bytes) {
        String marked = byByteOrderMark(bytes);
        if (marked != null) return marked;
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    /**
     * A saved web page: as {@link #decode}, except that a page which declares UTF-8 stays
     * UTF-8 even with a stray invalid byte (it becomes U+FFFD), rather than turning every å
     * into two characters.
     */
    static String decodeWebPage(byte[] bytes) {
        String marked = byByteOrderMark(bytes);
        if (marked != null) return marked;
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return utf8;
        String windows = new String(bytes, WINDOWS_1252);
        return DECLARES_UTF8.matcher(windows).find() ? new String(bytes, StandardCharsets.UTF_8) : windows;
    }

    private static String byByteOrderMark(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (starts(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        if (starts(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        return null;
    }

    /** The text, or null when the bytes are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
