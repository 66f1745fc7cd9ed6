package se.kanalregister.model;

import org.commonmark.node.Node;

/**
 * A parsed Markdown body. The commonmark tree is mutable by its library's design; this
 * wrapper is the promise that nothing changes it after loading, so renderers may share it.
 */
public final class MarkdownBody {

    private final Node root;

    public MarkdownBody(Node root) {
        this.root = root;
    }

    /** The tree, for renderers only: do not modify it. */
    public Node root() {
        return root;
    }
}
