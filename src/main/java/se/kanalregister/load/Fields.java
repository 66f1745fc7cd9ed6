package se.kanalregister.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kanalregister.diag.SourcePosition;

/**
 * The converted values of one mapping, by field name, with where each was written.
 * Lives only between reading and building a model record; models never hold it.
 */
public final class Fields {

    private final SourcePosition position;
    private final Map<String, Object> values;
    private final Map<String, SourcePosition> positions;
    private final Set<String> rejected;

    Fields(SourcePosition position, Map<String, Object> values, Map<String, SourcePosition> positions, Set<String> rejected) {
        this.position = position;
        this.values = values;
        this.positions = positions;
        this.rejected = rejected;
    }

    /** Where the mapping starts. */
    public SourcePosition position() {
        return position;
    }

    /** Where {@code name}'s value was written, or the mapping's start when it is absent. */
    public SourcePosition position(String name) {
        return positions.getOrDefault(name, position);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * True when {@code name} was written but its value refused, with an error already told:
     * not absent, so no default stands in for it and no rule built on the default fires.
     */
    public boolean rejected(String name) {
        return rejected.contains(name);
    }

    /** The text, or null when absent. */
    public String text(String name) {
        return (String) values.get(name);
    }

    /** The date, or null when absent. */
    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public boolean yesNo(String name, boolean absent) {
        Object v = values.get(name);
        return v == null ? absent : (Boolean) v;
    }

    public int wholeNumber(String name, int absent) {
        Object v = values.get(name);
        return v == null ? absent : (Integer) v;
    }

    /** The list, empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    /** The nested mapping, or null when absent. */
    public Fields mapping(String name) {
        return (Fields) values.get(name);
    }

    /** The nested mappings, empty when absent. */
    @SuppressWarnings("unchecked")
    public List<Fields> mappings(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<Fields>) v;
    }
}
