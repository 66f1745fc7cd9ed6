package se.kanalregister.load.yaml;

import se.kanalregister.diag.SourcePosition;

/**
 * A scalar exactly as written, normalised to Unicode NFC. {@code plain} is false for quoted
 * and block scalars; an empty plain scalar ({@code key:} with nothing after it) is "no value".
 */
public record YamlScalar(String text, boolean plain, SourcePosition position) implements YamlNode {

    public boolean isEmptyValue() {
        return plain && (text.isEmpty() || text.equals("~"));
    }

    @Override
    public String kindKey() {
        return "yaml.kind.text";
    }
}
