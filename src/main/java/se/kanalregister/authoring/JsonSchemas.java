package se.kanalregister.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.kanalregister.load.Field;
import se.kanalregister.load.Schema;
import se.kanalregister.load.Schemas;
import se.kanalregister.model.Platform;
import se.kanalregister.text.JsonStrings;

/**
 * JSON Schemas (draft-07) for editors, made from the same field table the loader checks
 * against ({@link Schemas}), so an editor's hints and the build's errors cannot disagree.
 * A file names its schema in a first line {@code # yaml-language-server: $schema=…}.
 *
 * <p>The schemas are a little more lenient than the loader where YAML editors read types
 * the register never uses: a text may look like a number or a boolean to the editor
 * ({@code phone: 0123}), because the register reads every value as text.
 */
public final class JsonSchemas {

    public static final String ORGANISATION_FILE = "organisation.schema.json";
    public static final String CHANNEL_FILE = "channel.schema.json";
    public static final String FRONT_MATTER_FILE = "front-matter.schema.json";

    private JsonSchemas() {}

    public static String organisation() {
        return document("Kanalregister: organisation.yaml", Schemas.ORGANISATION);
    }

    public static String channel() {
        return document("Kanalregister: en kanal (channels/<id>.yaml)", Schemas.CHANNEL);
    }

    public static String frontMatter() {
        return document("Kanalregister: inledande fält i en Markdown-sida", Schemas.FRONT_MATTER);
    }

    private static String document(String title, Schema schema) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n");
        b.append("  \"title\": ").append(quote(title)).append(",\n");
        object(b, schema, "  ");
        b.append("\n}\n");
        return b.toString();
    }

    /** The members of an object schema (without braces), indented by {@code in}. */
    private static void object(StringBuilder b, Schema schema, String in) {
        b.append(in).append("\"type\": \"object\",\n");
        b.append(in).append("\"additionalProperties\": false,\n");
        List<String> required = schema.fields().stream().filter(Field::required).map(Field::name).toList();
        if (!required.isEmpty()) {
            b.append(in).append("\"required\": [");
            for (int i = 0; i < required.size(); i++) b.append(i == 0 ? "" : ", ").append(quote(required.get(i)));
            b.append("],\n");
        }
        b.append(in).append("\"properties\": {");
        List<Field> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            b.append(i == 0 ? "\n" : ",\n").append(in).append("  ").append(quote(f.name())).append(": {\n");
            b.append(in).append("    \"description\": ").append(quote(f.description())).append(",\n");
            type(b, f, in + "    ");
            b.append("\n").append(in).append("  }");
        }
        b.append("\n").append(in).append("}");
    }

    private static void type(StringBuilder b, Field f, String in) {
        switch (f.type()) {
            case TEXT -> b.append(in).append("\"type\": [\"string\", \"number\", \"boolean\"]");
            case HTTPS_URL -> b.append(in).append("\"type\": \"string\",\n").append(in).append("\"pattern\": \"^https://\"");
            case TEXT_OR_URL -> b.append(in).append("\"type\": \"string\"");
            case EMAIL -> b.append(in).append("\"type\": \"string\",\n").append(in)
                    .append("\"pattern\": \"^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$\"");
            case DATE -> b.append(in).append("\"type\": \"string\",\n").append(in)
                    .append("\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"");
            // an empty "started:" is an unknown date too, so null is allowed
            case DATE_OR_UNKNOWN -> b.append(in).append("\"anyOf\": [{\"type\": \"null\"}, {\"type\": \"string\", \"pattern\": ")
                    .append(quote("^([0-9]{4}-[0-9]{2}-[0-9]{2}|" + anyCase("okänt") + "|" + anyCase("okänd") + "|"
                            + anyCase("unknown") + ")$")).append("}]");
            // the enum first, so that editors still offer the ids to pick from
            case PLATFORM -> {
                b.append(in).append("\"anyOf\": [{\"enum\": [");
                for (int i = 0; i < f.choices().size(); i++) b.append(i == 0 ? "" : ", ").append(quote(f.choices().get(i)));
                b.append("]}, {\"type\": \"string\", \"pattern\": ").append(quote(platformPattern(f.choices()))).append("}]");
            }
            case TIME_ZONE -> b.append(in).append("\"type\": \"string\",\n").append(in)
                    .append("\"pattern\": \"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$\"");
            case YES_NO -> b.append(in).append("\"anyOf\": [{\"type\": \"boolean\"}, {\"enum\": [\"yes\", \"no\", \"ja\", \"nej\"]}]");
            case WHOLE_NUMBER -> b.append(in).append("\"type\": \"integer\",\n").append(in).append("\"minimum\": 0");
            case LANGUAGE -> b.append(in).append(LANGUAGE);
            case CHOICE -> {
                b.append(in).append("\"enum\": [");
                for (int i = 0; i < f.choices().size(); i++) b.append(i == 0 ? "" : ", ").append(quote(f.choices().get(i)));
                b.append("]");
            }
            case TEXT_LIST, DOMAIN_LIST -> list(b, in, "{\"type\": [\"string\", \"number\", \"boolean\"]}");
            case LANGUAGE_LIST -> list(b, in, "{" + LANGUAGE + "}");
            case MAPPING -> object(b, f.nested(), in);
            case MAPPING_LIST -> {
                b.append(in).append("\"type\": \"array\",\n").append(in).append("\"items\": {\n");
                object(b, f.nested(), in + "  ");
                b.append("\n").append(in).append("}");
            }
            default -> throw new IllegalStateException("no JSON Schema for " + f.type());
        }
    }

    /**
     * A platform id as the loader reads it: any letter case, with spaces or hyphens anywhere,
     * and X's former name (read with a warning). JSON Schema patterns have no case flag.
     */
    private static String platformPattern(List<String> ids) {
        StringBuilder b = new StringBuilder("^[ -]*(");
        List<String> names = new ArrayList<>(ids);
        names.add(Platform.FORMER_X);
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append('|');
            String id = names.get(i);
            for (int j = 0; j < id.length(); j++) {
                if (j > 0) b.append("[ -]*");
                b.append(anyCase(id.substring(j, j + 1)));
            }
        }
        return b.append(")[ -]*$").toString();
    }

    /** {@code ok} as {@code [Oo][Kk]}: the word in any letter case. */
    private static String anyCase(String word) {
        StringBuilder b = new StringBuilder();
        word.codePoints().forEach(c -> {
            String s = Character.toString(c);
            String upper = s.toUpperCase(Locale.ROOT);
            if (upper.equals(s)) b.append(s);
            else b.append('[').append(upper).append(s).append(']');
        });
        return b.toString();
    }

    private static final String LANGUAGE = "\"type\": \"string\", \"pattern\": \"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$\"";

    /** A list, or a single value (the loader reads {@code languages: sv} as a list of one). */
    private static void list(StringBuilder b, String in, String item) {
        b.append(in).append("\"anyOf\": [{\"type\": \"array\", \"items\": ").append(item).append("}, ").append(item).append("]");
    }

    private static String quote(String s) {
        return JsonStrings.quote(s, JsonStrings.Target.FILE);
    }
}
