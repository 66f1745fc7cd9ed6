package se.kanalregister.render;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown node, without markup or link addresses: for heading ids, tables of
 * contents and the search index. Line breaks and block ends become one space.
 */
public final class PlainText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {}

    public static String of(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                b.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                b.append(' ');
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
                b.append(' '); // table cells and rows
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) b.append(' ');
            }
        });
        return SPACES.matcher(b).replaceAll(" ").strip();
    }
}
