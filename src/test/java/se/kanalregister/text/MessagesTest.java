package se.kanalregister.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    private final Messages sv = Messages.forLanguage("sv");

    /** A line that lost its continuing backslash splits a text into stray keys; an English text may be missing. */
    @ParameterizedTest
    @MethodSource("bundles")
    void swedishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(keys(bundle + ".properties"), keys(bundle + "_en.properties"));
    }

    static List<String> bundles() {
        return Messages.BUNDLES;
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void fillsNumberedPlaceholders() {
        assertEquals("a B c A {5} {x} {} {123}", sv.fill("a {1} c {0} {5} {x} {} {123}", List.of("A", "B")));
        assertEquals("{7} → B", sv.fill("{07} → {01}", List.of("A", "B")));
        assertEquals("inga", sv.fill("inga", List.of()));
    }

    @Test
    void fillsLikeTheCharByCharDefinition() {
        Random random = new Random(3);
        String pieces = "ab{}0129–x";
        List<Object> args = List.of("A", 7, "Å");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String pattern = b.toString();
            assertEquals(reference(pattern, args), sv.fill(pattern, args), pattern);
        }
    }

    /** The definition: walk the pattern; {n} with one or two digits is argument n, or stays when there is none. */
    private static String reference(String pattern, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i - 1 <= 2 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.size() ? String.valueOf(args.get(index)) : "{" + index + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
