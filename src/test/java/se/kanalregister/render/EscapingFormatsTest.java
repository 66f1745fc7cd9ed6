package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.utility.StringUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.text.Messages;

class EscapingFormatsTest {

    @TempDir
    Path templates;

    @Test
    void escapesExactlyAsFreeMarkersHtmlAndXmlFormats() throws Exception {
        Random random = new Random(3);
        String alphabet = "a<>&\"'é–←𝄞\uD83D\uDC00 \n";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(round < 100 ? 40 : 3000); // beyond the 512-char scratch too
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            assertEscaped(StringUtil.XHTMLEnc(text), text, EscapingFormats.HTML);
            assertEscaped(StringUtil.XMLEnc(text), text, EscapingFormats.XML);
        }
    }

    private static void assertEscaped(String expected, String text, freemarker.core.OutputFormat format) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(64);
        out.streamTo(file);
        out.write("\uD83D"); // a lone high surrogate left over from an earlier write
        ((freemarker.core.MarkupOutputFormat<?>) format).output(text, out);
        out.finish();
        assertArrayEquals(("\uD83D" + expected).getBytes(StandardCharsets.UTF_8), file.toByteArray(), text);
    }

    @Test
    void markupMadeInATemplateStaysMarkup() throws IOException {
        Files.writeString(templates.resolve("t.ftlh"), """
                <#assign bold><b>${value}</b></#assign>${bold} ${"<i>"?no_esc} ${bold?markup_string?length}""");
        Files.writeString(templates.resolve("t.ftlx"), "<v a=\"${value}\">${\"<x/>\"?no_esc}</v>");
        Files.writeString(templates.resolve("t.ftl"), "${value}");
        Templates t = new Templates(templates, Path.of(""));
        Messages sv = Messages.forLanguage("sv");
        Map<String, String> model = Map.of("value", "<a & 'b'>");
        String html = "<b>&lt;a &amp; &#39;b&#39;&gt;</b> <i> 34";
        assertEquals(html, utf8(t, "t.ftlh", model));
        assertEquals(html, t.render("t.ftlh", model, sv));
        assertEquals("<v a=\"&lt;a &amp; &apos;b&apos;&gt;\"><x/></v>", utf8(t, "t.ftlx", model));
        assertEquals("<a & 'b'>", t.render("t.ftl", model, sv));
    }

    private static String utf8(Templates t, String name, Object model) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        t.renderUtf8(name, model, Messages.forLanguage("sv"), file);
        return file.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTemplateThatNamesTheFormatGetsTheSameOne() throws IOException {
        // markup captured in a .ftlh template, printed by one that asks for "HTML" by name
        Files.writeString(templates.resolve("m.ftlh"), "<#assign bold><b>${value}</b></#assign>");
        Files.writeString(templates.resolve("t.ftl"), "<#ftl output_format=\"HTML\"><#import \"m.ftlh\" as m>${m.bold} ${value}");
        Templates t = new Templates(templates, Path.of(""));
        assertEquals("<b>&lt;a&gt;</b> &lt;a&gt;", t.render("t.ftl", Map.of("value", "<a>"), Messages.forLanguage("sv")));
    }
}
