package se.kanalregister.text;

import java.util.regex.Pattern;

/**
 * Values written into the YAML files the tool writes for people to edit (import, {@code new}):
 * plain when that reads back as written, else double-quoted, so that a colon, a quote, a
 * {@code #}, a line break or a control character can never change what the file says.
 */
public final class YamlStrings {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][^\"'\\\\`\\p{Cntrl}]*(?<![ :])");

    private YamlStrings() {}

    /** {@code text} as a YAML scalar: plain when that reads back the same, else double-quoted with escapes. */
    public static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.contains(" #") && !text.contains(": ")) return text;
        return quoted(text);
    }

    /**
     * {@code text} double-quoted with escapes, always: for a value a person will go on to edit
     * (a chapter's title), which stays safe to change inside its quotes.
     */
    public static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
