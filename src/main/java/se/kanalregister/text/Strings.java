package se.kanalregister.text;

/** Small string helpers that the page views share. */
public final class Strings {

    private Strings() {}

    /** {@code s}, or {@code ""} for a field the register leaves out: templates get text, never null. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
