package se.kanalregister.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.text.YamlStrings;
import java.util.regex.Pattern;

/**
 * Writes imported values into the commented text {@code new kanal} makes, so an imported
 * file explains every field the same way and what the source lacked is left empty for
 * {@code check} to point at. A field's line is found by its name, commented out or not
 * ({@code #handle:}); the first line of that name at the right indentation is replaced.
 */
final class ChannelFileText {

    /**
     * Plain YAML scalars that read back as the same text: starting with a letter or digit, no
     * quotes, backslashes or control characters, no ": " or " #", not ending in a colon or
     * space. Anything else is double-quoted.
     */

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Sets a top-level field, or an internal one as {@code internal.owner}; a null value leaves the line as it is. */
    ChannelFileText set(String field, String value) {
        if (value != null) values.put(field, value);
        return this;
    }

    /** Sets a field to a value written as is (a date, a platform id): never quoted. */
    ChannelFileText setPlain(String field, String value) {
        if (value != null) values.put(field, "\u0000" + value);
        return this;
    }

    /** Sets a field to an explicitly empty value ({@code started:} for a date nobody knows). */
    ChannelFileText clear(String field) {
        values.put(field, "\u0000");
        return this;
    }

    String fill(String scaffold) {
        List<String> lines = new ArrayList<>(scaffold.lines().toList());
        for (Map.Entry<String, String> e : values.entrySet()) {
            String field = e.getKey();
            boolean internal = field.startsWith("internal.");
            String name = internal ? field.substring("internal.".length()) : field;
            String indent = internal ? "  " : "";
            Pattern line = Pattern.compile(Pattern.quote(indent) + "#?" + Pattern.quote(name) + ":.*");
            int at = -1;
            for (int i = internal ? lines.indexOf("internal:") + 1 : 0; i < lines.size(); i++) {
                if (line.matcher(lines.get(i)).matches()) {
                    at = i;
                    break;
                }
            }
            String value = e.getValue();
            String written = value.startsWith("\u0000") ? value.substring(1) : YamlStrings.scalar(value);
            String text = indent + name + ":" + (written.isEmpty() ? "" : " " + written);
            if (at >= 0) lines.set(at, text);
            else lines.add(text); // the scaffold always has the line; this only keeps a value from being lost
        }
        return String.join("\n", lines) + "\n";
    }
}
