package se.kanalregister;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The picture of the house in docs/architecture.md shows the layers {@link ArchitectureTest} enforces. */
class ArchitectureDocTest {

    private static final Pattern BOX = Pattern.compile("│ ([a-z.]+) │");

    @Test
    void thePictureShowsEveryLayerInOrder() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        String picture = doc.substring(doc.indexOf("```text\n"), doc.indexOf("```\n", doc.indexOf("```text\n") + 8));
        List<Set<String>> rows = new ArrayList<>();
        for (String line : picture.lines().toList()) {
            Matcher m = BOX.matcher(line);
            Set<String> row = new TreeSet<>();
            while (m.find()) row.add(m.group(1).equals("se.kanalregister") ? "" : m.group(1));
            if (!row.isEmpty()) rows.add(row);
        }
        List<Set<String>> layers = ArchitectureTest.LAYERS.stream().map(l -> (Set<String>) new TreeSet<>(l)).toList();
        assertEquals(layers, rows, "docs/architecture.md draws the rows of ArchitectureTest.LAYERS, top to bottom");
    }
}
