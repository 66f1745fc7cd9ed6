package se.kanalregister.render;

/**
 * A template failed: usually a mistake in a user's own template, so it carries the
 * template's name and line for the message instead of a stack trace.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    public RenderException(String template, int line, int column, String detail) {
        super(detail, null, false, false);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** {@code templates/public/kanal.ftlh:12:5}. */
    public String where() {
        return "templates/" + template + ":" + line + ":" + column;
    }
}
