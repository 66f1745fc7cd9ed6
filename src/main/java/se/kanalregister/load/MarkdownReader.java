package se.kanalregister.load;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.reader.StreamReader;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.model.Document;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.text.LinkScheme;

/**
 * Reads a Markdown file: front matter with the same YAML rules as the register, then a
 * CommonMark body (with tables) parsed with source spans so every problem has its line.
 * Raw HTML, HTML comments and links with other schemes than https, http, mailto and tel
 * are errors. Relative links are checked later, when every page is known. Thread-safe.
 */
public final class MarkdownReader {

    private static final List<String> ALLOWED_SCHEMES = List.of("https", "http", "mailto", "tel");

    /** Marks the text of a scaffolded chapter ({@code new kapitel}) that the writer has yet to replace. */
    public static final String PLACEHOLDER = "[ERSÄTT:";

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final YamlReader yaml = new YamlReader();

    /** @return the document, or null when its front matter is unusable (reported) */
    public Document read(String slug, SourceText source, Diagnostics diagnostics) {
        String text = source.text();
        reportPlaceholders(text, source, diagnostics);
        String[] split = splitFrontMatter(text);
        if (split == null) {
            diagnostics.error(source.position(1, 1), "markdown.front-matter.missing");
            return null;
        }
        int bodyFirstLine = split[0].split("\n", -1).length + 2;
        Fields f = null;
        Diagnostics yamlProblems = new Diagnostics();  // its own: the shared one fills from other threads
        YamlNode root = yaml.read(split[0], source.displayName(), 2, false, yamlProblems);
        diagnostics.addAll(yamlProblems.sorted());
        if (root != null) f = new FieldReader(diagnostics).readRoot(root, Schemas.FRONT_MATTER);
        else if (!yamlProblems.hasErrors()) diagnostics.error(source.position(1, 1), "field.missing", "title");  // empty
        reportUnprintable(split[1], source, bodyFirstLine, diagnostics);
        Node body = parser.parse(split[1]);
        body.accept(new BodyChecker(source.displayName(), bodyFirstLine, diagnostics));
        if (f == null || f.text("title") == null) return null;
        return new Document(slug, f.text("title"), f.wholeNumber("order", Integer.MAX_VALUE), f.text("summary"),
                new MarkdownBody(body, split[1]), source.displayName(), bodyFirstLine);
    }

    /** Each placeholder of {@code new kapitel} still in the file, at its line and column. */
    private static void reportPlaceholders(String text, SourceText source, Diagnostics diagnostics) {
        for (int at = text.indexOf(PLACEHOLDER); at >= 0; at = text.indexOf(PLACEHOLDER, at + 1)) {
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            diagnostics.error(source.position(line, text.codePointCount(lineStart, at) + 1), "markdown.placeholder");
        }
    }

    /**
     * The first character YAML would refuse too (NUL and other controls, U+FFFE, U+FFFF, a
     * lone surrogate), at its line and column: CommonMark would quietly turn a NUL into U+FFFD
     * on the page, so the same text would be an error in a channel file and published here.
     */
    private static void reportUnprintable(String body, SourceText source, int firstLine, Diagnostics diagnostics) {
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {  // YAML's own rule, so both files refuse the same characters
                diagnostics.error(source.position(line, column), "yaml.character", String.format("U+%04X", c));
                return;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /** [front matter, body], or null when the file does not start with a {@code ---} line. */
    static String[] splitFrontMatter(String text) {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) return null;
        int end = t.indexOf("\n---\n", 3);
        int endLen = 5;
        if (end < 0 && t.endsWith("\n---")) {
            end = t.length() - 4;
            endLen = 4;
        }
        if (end < 0) return null;
        return new String[] {t.substring(4, end + 1), t.substring(end + endLen)};
    }

    /** Finds HTML and disallowed links; reports each at its line and column. */
    private static final class BodyChecker extends AbstractVisitor {
        private final String file;
        private final int firstLine;
        private final Diagnostics diagnostics;

        BodyChecker(String file, int firstLine, Diagnostics diagnostics) {
            this.file = file;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
        }

        @Override
        public void visit(HtmlBlock html) {
            reportHtml(html, html.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            reportHtml(html, html.getLiteral());
        }

        @Override
        public void visit(Link link) {
            checkDestination(link, link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            checkDestination(image, image.getDestination());
            visitChildren(image);
        }

        private void reportHtml(Node node, String literal) {
            String l = literal.strip();
            String key = l.startsWith("<!--") ? "markdown.html-comment" : "markdown.html";
            String shown = l.length() > 40 ? l.substring(0, 40) + "…" : l;
            diagnostics.error(at(node), key, shown.replace("\n", " "));
        }

        private void checkDestination(Node node, String destination) {
            if (destination.isBlank()) {
                diagnostics.error(at(node), "markdown.link.empty");
                return;
            }
            for (char c : destination.toCharArray()) {
                if (Character.isISOControl(c) || Urls.isInvisible(c)) {
                    diagnostics.error(at(node), "markdown.link.invisible", destination.strip());
                    return;
                }
            }
            String scheme = LinkScheme.of(destination);
            if (scheme.isEmpty()) {
                if (destination.startsWith("//")) diagnostics.error(at(node), "markdown.link.protocol-relative", destination);
                return;
            }
            if (!ALLOWED_SCHEMES.contains(scheme)) {
                diagnostics.error(at(node), "markdown.link.scheme", destination, scheme);
            }
        }

        private SourcePosition at(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) return SourcePosition.of(file);
            SourceSpan s = spans.get(0);
            return new SourcePosition(file, firstLine + s.getLineIndex(), s.getColumnIndex() + 1);
        }
    }
}
