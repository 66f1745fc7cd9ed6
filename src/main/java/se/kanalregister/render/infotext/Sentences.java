package se.kanalregister.render.infotext;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text rendered with {@link se.kanalregister.text.Messages#markingInfoTexts()} back
 * into its sentences, each with the key it came from; text between them (the register's own
 * words: a purpose, a rule) comes with an empty key. A sentence placed inside another (a
 * default hour inside "we read …") belongs to the outer one. Linear in the text's length.
 */
public final class Sentences {

    /** @param key the sentence's key, empty for the register's own words */
    public record Sentence(String key, String text) {}

    private static final char START = '\u0001';
    private static final char TEXT = '\u0002';
    private static final char END = '\u0003';

    private Sentences() {}

    public static List<Sentence> of(String marked) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c != START) {
                plain.append(c);
                i++;
                continue;
            }
            flush(plain, out);
            int keyEnd = marked.indexOf(TEXT, i);
            String key = marked.substring(i + 1, keyEnd);
            StringBuilder text = new StringBuilder();
            int depth = 1;
            i = keyEnd + 1;
            while (i < marked.length() && depth > 0) {
                char d = marked.charAt(i);
                if (d == START) {
                    depth++;
                    i = marked.indexOf(TEXT, i) + 1;
                    continue;
                }
                if (d == END) depth--;
                else text.append(d);
                i++;
            }
            out.add(new Sentence(key, text.toString().strip()));
        }
        flush(plain, out);
        return out;
    }

    /** The register's own words between sentences, a line at a time; blank lines and list dashes dropped. */
    private static void flush(StringBuilder plain, List<Sentence> out) {
        for (String line : plain.toString().split("\n")) {
            String t = line.strip();
            if (t.startsWith("- ")) t = t.substring(2);
            if (!t.isEmpty()) out.add(new Sentence("", t));
        }
        plain.setLength(0);
    }
}
