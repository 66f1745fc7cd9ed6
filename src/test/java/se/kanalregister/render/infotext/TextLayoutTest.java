package se.kanalregister.render.infotext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void keepsParagraphsAndDropsTrailingSpaceAndExtraBlankLines() {
        assertEquals("Hej\n\nDå", TextLayout.bio("\n  \nHej  \r\n\r\n\n \t\nDå\t\n\n"));
        assertEquals("a\nb\n", TextLayout.full("a\rb"));
        assertEquals("", TextLayout.full(" \n \n"));
    }

    @Test
    void readsOnlyTheRenderedPartOfTheBufferAndMeasuresTheShortText() {
        char[] buffer = "Hej  \n\n\nDå 🇸🇪\n\u0000rest of an earlier render".toCharArray();
        int rendered = "Hej  \n\n\nDå 🇸🇪\n".length();
        assertEquals(new TextLayout.Measured("Hej\n\nDå 🇸🇪", 9), TextLayout.bio(buffer, rendered));
        assertEquals("Hej\n\nDå 🇸🇪\n", TextLayout.full(buffer, rendered));
    }

    @Test
    void tidiesLikeTheLineByLineDefinition() {
        Random random = new Random(7);
        String pieces = "ab \t\r\n\u2003–";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String text = b.toString();
            assertEquals(reference(text), TextLayout.bio(text), text);
            String full = reference(text);
            assertEquals(full.isEmpty() ? full : full + "\n", TextLayout.full(text), text);
        }
    }

    /** The definition: split into lines, strip each line's end, collapse blank lines, trim. */
    private static String reference(String rendered) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : rendered.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) out.append(pendingBlank ? "\n\n" : "\n");
            out.append(l);
            pendingBlank = false;
        }
        return out.toString();
    }
}
