package se.kanalregister.load;

import java.util.List;

/**
 * One field of the register format: its name as written in the file, its type, whether
 * it is required, and a one-line Swedish description (for editors' schemas and scaffolds).
 *
 * @param choices the allowed values of a {@link FieldType#CHOICE}; empty otherwise
 * @param nested  the schema of a {@link FieldType#MAPPING} or {@link FieldType#MAPPING_LIST}; null otherwise
 */
public record Field(String name, FieldType type, boolean required, String description,
                    List<String> choices, Schema nested) {

    public Field {
        choices = List.copyOf(choices);
    }

    public static Field required(String name, FieldType type, String description) {
        return new Field(name, type, true, description, List.of(), null);
    }

    public static Field optional(String name, FieldType type, String description) {
        return new Field(name, type, false, description, List.of(), null);
    }

    public static Field choice(String name, boolean required, List<String> choices, String description) {
        return new Field(name, FieldType.CHOICE, required, description, choices, null);
    }

    public static Field mapping(String name, Schema nested, String description) {
        return new Field(name, FieldType.MAPPING, false, description, List.of(), nested);
    }

    public static Field mappingList(String name, Schema nested, String description) {
        return new Field(name, FieldType.MAPPING_LIST, false, description, List.of(), nested);
    }
}
