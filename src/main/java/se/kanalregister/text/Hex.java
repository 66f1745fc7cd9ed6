package se.kanalregister.text;

/** Hexadecimal digits, for percent-encoding, JSON escapes and digests. */
public final class Hex {

    private static final String UPPER = "0123456789ABCDEF";
    private static final String LOWER = "0123456789abcdef";

    private Hex() {}

    /** {@code %XX} for one byte, upper case as RFC 3986 recommends. */
    public static void appendPercent(StringBuilder b, byte x) {
        b.append('%').append(UPPER.charAt((x >> 4) & 0xF)).append(UPPER.charAt(x & 0xF));
    }

    /** {@code \}{@code uxxxx} for one UTF-16 unit, lower case. */
    public static void appendUnicodeEscape(StringBuilder b, char c) {
        b.append("\\u").append(LOWER.charAt((c >> 12) & 0xF)).append(LOWER.charAt((c >> 8) & 0xF))
                .append(LOWER.charAt((c >> 4) & 0xF)).append(LOWER.charAt(c & 0xF));
    }

    /** The first {@code count} bytes of {@code bytes} as lower-case hex digits, two per byte. */
    public static String lower(byte[] bytes, int count) {
        StringBuilder b = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) b.append(LOWER.charAt((bytes[i] >> 4) & 0xF)).append(LOWER.charAt(bytes[i] & 0xF));
        return b.toString();
    }
}
