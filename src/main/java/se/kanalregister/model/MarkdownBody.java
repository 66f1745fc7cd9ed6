package se.kanalregister.model;

import org.commonmark.node.Node;

/**
 * A parsed Markdown body. The commonmark tree is mutable by its library's design; this
 * wrapper is the promise that nothing changes it after loading, so renderers may share it.
 * Two bodies are equal when they were parsed from the same text: within one register they
 * then render the same, which lets a rebuild tell an edited page from an unchanged one.
 */
public final class MarkdownBody {

    private final Node root;
    private final String source;

    /** @param source the Markdown text {@code root} was parsed from */
    public MarkdownBody(Node root, String source) {
        this.root = root;
        this.source = source;
    }

    /** The tree, for renderers only: do not modify it. */
    public Node root() {
        return root;
    }

    /** The Markdown text the tree was parsed from. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarkdownBody other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }
}
