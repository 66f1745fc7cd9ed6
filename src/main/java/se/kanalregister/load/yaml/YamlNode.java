package se.kanalregister.load.yaml;

import se.kanalregister.diag.SourcePosition;

/**
 * A node of a YAML document as the user wrote it: text, mapping or list, each with its
 * place in the file. Nothing is typed yet; a field's reader converts a scalar's text.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

    SourcePosition position();

    /** A word for this kind of node in messages, from the message bundle. */
    String kindKey();
}
