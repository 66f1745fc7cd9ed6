package se.kanalregister.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A bundle text split once at its placeholders {@code {0}}, {@code {1}} … (one or two
 * digits), so that a text filled again and again, as the templates' {@code msg} does for
 * every page, is not searched for them each time. Immutable, thread-safe.
 */
public final class MessagePattern {

    /** The text around the placeholders: one more than {@link #indexes}. */
    private final String[] literals;
    private final int[] indexes;

    private MessagePattern(String[] literals, int[] indexes) {
        this.literals = literals;
        this.indexes = indexes;
    }

    public static MessagePattern parse(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int copied = 0;
        int open = pattern.indexOf('{');
        while (open >= 0) {
            int close = pattern.indexOf('}', open);
            if (close > open + 1 && isIndex(pattern, open + 1, close)) {
                literals.add(pattern.substring(copied, open));
                indexes.add(index(pattern, open + 1, close));
                copied = close + 1;
                open = pattern.indexOf('{', copied);
            } else {
                open = pattern.indexOf('{', open + 1);
            }
        }
        literals.add(pattern.substring(copied));
        return new MessagePattern(literals.toArray(new String[0]), indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** True when the text has no placeholder: it is the same whatever the arguments. */
    public boolean isConstant() {
        return indexes.length == 0;
    }

    /**
     * The text with placeholder n replaced by {@code render} of argument n; a placeholder
     * without an argument stays, as {@code {n}}.
     */
    public <T> String fill(List<T> args, Function<? super T, String> render) {
        if (indexes.length == 0) return literals[0];
        StringBuilder out = new StringBuilder(literals[0].length() + 32 * indexes.length);
        out.append(literals[0]);
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            if (index < args.size()) out.append(render.apply(args.get(index)));
            else out.append('{').append(index).append('}');
            out.append(literals[i + 1]);
        }
        return out.toString();
    }

    /** The number between {@code from} and {@code to}, all digits (checked by {@link #isIndex}). */
    private static int index(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + Character.digit(s.charAt(i), 10);
        return n;
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return to - from <= 2;
    }
}
