package se.kanalregister.render;

import se.kanalregister.diag.SourcePosition;

/**
 * A template failed: usually a mistake in a user's own template, so it carries the
 * template's name and line for the message instead of a stack trace.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String messageKey;

    /** @param template the template file as the user finds it, e.g. {@code templates/public/index.ftlh} */
    public RenderException(String template, int line, int column, String detail) {
        this(template, line, column, detail, "cli.template-error");
    }

    private RenderException(String template, int line, int column, String detail, String messageKey) {
        super(firstParagraph(detail), null, false, false);
        this.template = template;
        this.line = line;
        this.column = column;
        this.messageKey = messageKey;
    }

    /** A failure told in the user's language by the bundle's {@code messageKey}, rather than in FreeMarker's words. */
    static RenderException told(String template, int line, int column, String messageKey) {
        return new RenderException(template, line, column, "", messageKey);
    }

    /** The message to show: {@code cli.template-error} with FreeMarker's detail as its argument, or one of our own. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * FreeMarker's message up to its "Tip" section, on one line, so it reads like every other
     * diagnostic ({@code file:line:column: fel: …}).
     */
    static String firstParagraph(String detail) {
        String d = detail == null ? "" : detail;
        int tips = d.indexOf("\n----");
        if (tips >= 0) d = d.substring(0, tips);
        return d.replaceAll("\\s+", " ").strip();
    }

    /** Where the template went wrong: {@code templates/public/kanal.ftlh:12:5}. */
    public SourcePosition position() {
        return new SourcePosition(template, line, column);
    }
}
