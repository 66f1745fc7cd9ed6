package se.kanalregister.load.yaml;

import java.util.List;
import se.kanalregister.diag.SourcePosition;

/** A YAML mapping with its keys in file order; keys are unique (duplicates are rejected on reading). */
public record YamlMapping(List<Entry> entries, SourcePosition position) implements YamlNode {

    /** One {@code key: value} pair; the key keeps its own position for "unknown field" messages. */
    public record Entry(YamlScalar key, YamlNode value) {}

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The entry for {@code key}, or null. Linear: mappings in a register have a handful of keys. */
    public Entry entry(String key) {
        for (Entry e : entries) if (e.key().text().equals(key)) return e;
        return null;
    }

    @Override
    public String kindKey() {
        return "yaml.kind.mapping";
    }
}
