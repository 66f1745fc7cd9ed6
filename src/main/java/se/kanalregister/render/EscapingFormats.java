package se.kanalregister.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * FreeMarker's HTML and XML output formats ({@code .ftlh}, {@code .ftlx}), escaping exactly as
 * they do, but straight into a page's UTF-8 bytes: FreeMarker escapes a value by reading it a
 * char at a time and handing the pieces to the writer, which then reads them again to encode
 * them, and escaping was a sixth of a build. Every other writer gets FreeMarker's own escaping.
 * The formats keep the standard names ({@code HTML}, {@code XML}), so templates and error
 * messages read as before.
 */
final class EscapingFormats {

    private EscapingFormats() {}

    /** As {@code StringUtil.XHTMLEnc}: {@code < > & " '}. */
    static final Html HTML = new Html();
    /** As {@code StringUtil.XMLEnc}: {@code < > & " '}, the apostrophe as {@code &apos;}. */
    static final Xml XML = new Xml();

    private static byte[][] table(String apostrophe) {
        byte[][] t = new byte[128][];
        t['<'] = bytes("&lt;");
        t['>'] = bytes("&gt;");
        t['&'] = bytes("&amp;");
        t['"'] = bytes("&quot;");
        t['\''] = bytes(apostrophe);
        return t;
    }

    private static byte[] bytes(String entity) {
        return entity.getBytes(StandardCharsets.US_ASCII);
    }

    static final class Html extends HTMLOutputFormat {
        private static final byte[][] ENTITIES = table("&#39;");

        private Html() {}

        @Override
        public void output(String text, Writer out) throws IOException, TemplateModelException {
            if (out instanceof Utf8Output utf8) utf8.writeEscaped(text, ENTITIES);
            else super.output(text, out);
        }

        @Override
        protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
            return new HtmlMarkup(plainText, markup);
        }
    }

    /** Markup made in a template ({@code ?no_esc}, a captured block) belongs to the format that made it. */
    static final class HtmlMarkup extends TemplateHTMLOutputModel {
        HtmlMarkup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return HTML;
        }
    }

    static final class Xml extends XMLOutputFormat {
        private static final byte[][] ENTITIES = table("&apos;");

        private Xml() {}

        @Override
        public void output(String text, Writer out) throws IOException, TemplateModelException {
            if (out instanceof Utf8Output utf8) utf8.writeEscaped(text, ENTITIES);
            else super.output(text, out);
        }

        @Override
        protected TemplateXMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
            return new XmlMarkup(plainText, markup);
        }
    }

    static final class XmlMarkup extends TemplateXMLOutputModel {
        XmlMarkup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public XMLOutputFormat getOutputFormat() {
            return XML;
        }
    }
}
