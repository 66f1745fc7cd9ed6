package se.kanalregister.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.testing.Golden;

/**
 * The mistakes people really make in a channel file, each in src/test/resources/mistakes,
 * and what {@code check} tells them, in Swedish and English: one reviewed table,
 * golden/yaml-mistakes.txt. Each message must stand at the line and column of the mistake
 * (not where the parser noticed it) and say how to fix it.
 */
class YamlMistakesTest {

    private static final Path MISTAKES = Path.of("src/test/resources/mistakes");
    private static final String C = "content/channels/kultur.yaml";

    @TempDir
    Path tmp;

    @Test
    void eachMistakeIsReportedWhereItIsWithAFix() throws IOException {
        StringBuilder table = new StringBuilder();
        List<Path> files;
        try (Stream<Path> s = Files.list(MISTAKES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path dir = Files.createDirectory(tmp.resolve(file.getFileName().toString().replace(".yaml", "")));
            ContentDir d = ContentDir.valid(dir).write(C, text);
            describe(table, file.getFileName().toString(), C, text, d);
        }
        Path dir = Files.createDirectory(tmp.resolve("duplicate-url"));
        String second = ContentDir.CHANNEL.replace("name: Kultur i Testby", "name: Kulturen");
        ContentDir d = ContentDir.valid(dir).write("content/channels/kulturen.yaml", second);
        describe(table, "duplicate-url (kultur.yaml has the same url on line 3)", "content/channels/kulturen.yaml", second, d);
        Golden.assertMatches("yaml-mistakes.txt", table.toString());
    }

    private static void describe(StringBuilder table, String title, String shown, String text, ContentDir d) {
        table.append("## ").append(title).append("\n\n");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            table.append(String.format("%3d | %s%n", i + 1, lines.get(i).replace("\t", "→")));
        }
        table.append('\n');
        for (String lang : List.of("sv", "en")) {
            CliRun r = lang.equals("sv") ? d.run("check") : d.run("check", "--lang", "en");
            assertEquals(1, r.exitCode(), r.stderr());
            r.stderr().lines().filter(l -> l.contains(": fel: ") || l.contains(": error: "))
                    .forEach(l -> table.append(lang).append(": ").append(l).append('\n'));
        }
        table.append('\n');
    }
}
