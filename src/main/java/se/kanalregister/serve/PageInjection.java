package se.kanalregister.serve;

import java.nio.charset.StandardCharsets;
import se.kanalregister.text.HtmlEscaping;
import se.kanalregister.text.Messages;

/**
 * Adds the preview's own markup to an HTML page as it is served, never to the file on disk:
 * the reload script always, and after a failed build an error overlay listing the problems
 * (escaped, {@code role="alert"}, dismissable). Both go before the last {@code </body>}, or
 * at the end of a page without one; the page's own bytes are otherwise left as they are.
 * The script and the overlay's style are separate files on this server, so a page with a
 * Content-Security-Policy that allows only its own origin still reloads. Thread-safe.
 */
final class PageInjection {

    static final String SCRIPT = PreviewHandler.TOOL_PREFIX + "reload.js";
    static final String STYLE = PreviewHandler.TOOL_PREFIX + "overlay.css";
    /** The overlay's id: the script finds it, tests look for it. */
    static final String OVERLAY_ID = "kanalregister-overlay";

    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private final Messages messages;

    PageInjection(Messages messages) {
        this.messages = messages;
    }

    byte[] inject(byte[] page, BuildStatus status) {
        byte[] markup = markup(status).getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        byte[] result = new byte[page.length + markup.length];
        System.arraycopy(page, 0, result, 0, at);
        System.arraycopy(markup, 0, result, at, markup.length);
        System.arraycopy(page, at, result, at + markup.length, page.length - at);
        return result;
    }

    String markup(BuildStatus status) {
        StringBuilder b = new StringBuilder(512);
        if (!status.report().ok()) overlay(status, b);
        b.append("<script src=\"").append(SCRIPT).append("\" data-build=\"").append(HtmlEscaping.escape(status.id()))
                .append("\"></script>\n");
        return b.toString();
    }

    private void overlay(BuildStatus status, StringBuilder b) {
        BuildReport report = status.report();
        b.append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">\n")
                .append("<div id=\"").append(OVERLAY_ID).append("\" class=\"").append(OVERLAY_ID)
                .append("\" role=\"alert\" aria-labelledby=\"").append(OVERLAY_ID).append("-title\" tabindex=\"-1\" lang=\"")
                .append(messages.language()).append("\">\n")
                .append("<h2 id=\"").append(OVERLAY_ID).append("-title\">").append(text("serve.overlay.title")).append("</h2>\n")
                .append("<p>").append(text(status.siteOnDisk() ? "serve.overlay.intro" : "serve.overlay.intro.no-site")).append("</p>\n<ul>\n");
        for (Problem p : report.errors()) {
            b.append("<li><code>").append(HtmlEscaping.escape(p.where())).append("</code> ")
                    .append(HtmlEscaping.escape(p.text())).append("</li>\n");
        }
        b.append("</ul>\n<button type=\"button\" class=\"").append(OVERLAY_ID).append("-close\">")
                .append(text("serve.overlay.close")).append("</button>\n</div>\n");
    }

    private String text(String key) {
        return HtmlEscaping.escape(messages.get(key));
    }

    /** The index of the last {@code </body} (any case), or the page's length. */
    private static int lastBodyEnd(byte[] page) {
        outer:
        for (int i = page.length - BODY_END.length; i >= 0; i--) {
            for (int j = 0; j < BODY_END.length; j++) {
                int c = page[i + j];
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != BODY_END[j]) continue outer;
            }
            return i;
        }
        return page.length;
    }
}
