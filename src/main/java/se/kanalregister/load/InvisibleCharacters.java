package se.kanalregister.load;

import java.util.Set;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlScalar;

/**
 * Characters that cannot be seen but change how text looks: bidirectional controls in any
 * text, and zero-width characters in the fields that name an account (a name, a handle, a
 * unit), where they make one account's name look like another's.
 */
final class InvisibleCharacters {

    /** Fields, by their last name segment, that identify an account to a reader. */
    private static final Set<String> NAMING_FIELDS = Set.of("name", "handle", "unit", "platform_name");

    /** One invisible character found in a value: what it is and where it stands. */
    record Found(int codePoint, SourcePosition at) {

        /** {@code U+200B}, as messages show it. */
        String code() {
            return String.format("U+%04X", codePoint);
        }

        /** The message key of the character's kind. */
        String kindKey() {
            return isBidiControl(codePoint) ? "text.invisible.bidi" : "text.invisible.zero-width";
        }
    }

    private InvisibleCharacters() {}

    /** The first invisible character the field {@code path} must not hold, or null. */
    static Found find(String path, YamlScalar s) {
        String text = s.text();
        boolean naming = NAMING_FIELDS.contains(path.substring(path.lastIndexOf('.') + 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c) || (naming && isZeroWidth(c))) return new Found(c, positionOf(s, i));
        }
        return null;
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** U+200B–U+200F: zero-width space, non-joiner, joiner, and the left-to-right and right-to-left marks. */
    static boolean isZeroWidth(int c) {
        return c >= 0x200B && c <= 0x200F;
    }

    /**
     * The column of the character at {@code index} of a one-line value: the value's column
     * plus the characters before it (and the opening quote of a quoted value). In a value of
     * several lines the value's own position, since its lines are folded together.
     */
    private static SourcePosition positionOf(YamlScalar s, int index) {
        String before = s.text().substring(0, index);
        SourcePosition start = s.position();
        if (before.indexOf('\n') >= 0 || !start.hasLine()) return start;
        int offset = before.codePointCount(0, before.length()) + (s.plain() ? 0 : 1);
        return new SourcePosition(start.file(), start.line(), start.column() + offset);
    }
}
