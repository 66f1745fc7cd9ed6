package se.kanalregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house as docs/architecture.md draws it: every arrow between packages points down.
 * Reads the sources, not the classes, so a reference a compiler inlines (a constant) still
 * counts; comments do not.
 */
class ArchitectureTest {

    private static final String ROOT = "se.kanalregister";

    /**
     * Top to bottom. A package may use the packages of the layers below its own, never one
     * above, and never a sibling in its own layer.
     */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("cli"),
            Set.of("serve"),
            Set.of("importing"),
            Set.of("", "authoring"),
            Set.of("site.pub", "site.handbook", "site.opendata"),
            Set.of("site"),
            Set.of("site.state"),
            Set.of("render.infotext", "render.view"),
            Set.of("render"),
            Set.of("check"),
            Set.of("load"),
            Set.of("load.yaml"),
            Set.of("account"),
            Set.of("model"),
            Set.of("diag"),
            Set.of("text"));

    private static final Pattern REFERENCE = Pattern.compile("\\bse\\.kanalregister((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void everyPackageHasItsPlaceInTheHouse() throws IOException {
        Set<String> placed = new TreeSet<>();
        LAYERS.forEach(placed::addAll);
        Set<String> found = new TreeSet<>(uses().keySet());
        found.removeAll(placed);
        assertEquals(Set.of(), found, "packages missing from LAYERS (and from docs/architecture.md)");
    }

    @Test
    void everyArrowPointsDown() throws IOException {
        List<String> upward = new ArrayList<>();
        uses().forEach((from, targets) -> {
            for (String to : targets) {
                if (!to.equals(from) && layer(to) >= layer(from)) upward.add(label(from) + " -> " + label(to));
            }
        });
        assertEquals(List.of(), upward, "imports that point up or sideways in the house");
    }

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> uses = uses();
        for (String start : uses.keySet()) {
            assertTrue(!reaches(uses, start, start, new TreeSet<>()), "a cycle through " + label(start));
        }
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (next.equals(from)) continue;
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(uses, next, target, seen)) return true;
        }
        return false;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) if (LAYERS.get(i).contains(pkg)) return LAYERS.size() - i;
        return Integer.MAX_VALUE;  // unplaced: reported by the test above
    }

    private static String label(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }

    /** For every package under {@code src/main/java}, the packages (relative names) its code refers to. */
    static Map<String, Set<String>> uses() throws IOException {
        Path base = Path.of("src/main/java/se/kanalregister");
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = base.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                String code = COMMENT.matcher(STRING.matcher(Files.readString(file)).replaceAll("\"\"")).replaceAll(" ");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) targets.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
            }
        }
        return uses;
    }
}
