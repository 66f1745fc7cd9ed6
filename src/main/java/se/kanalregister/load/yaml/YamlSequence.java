package se.kanalregister.load.yaml;

import java.util.List;
import se.kanalregister.diag.SourcePosition;

/** A YAML list. */
public record YamlSequence(List<YamlNode> items, SourcePosition position) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String kindKey() {
        return "yaml.kind.list";
    }
}
