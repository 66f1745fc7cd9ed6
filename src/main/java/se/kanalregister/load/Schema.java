package se.kanalregister.load;

import java.util.List;

/** The fields a mapping may hold. {@code name} is the mapping's path, for example {@code contact}. */
public record Schema(String name, List<Field> fields) {

    public Schema {
        fields = List.copyOf(fields);
    }

    /** The field called {@code name}, or null. */
    public Field field(String name) {
        for (Field f : fields) if (f.name().equals(name)) return f;
        return null;
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
