package se.kanalregister.site.handbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kanalregister.text.HtmlEscaping;

/**
 * Puts every table of a chapter's rendered HTML into a region that scrolls sideways, so a
 * wide table never makes the whole page scroll on a phone or at 400 % zoom. The region can
 * be reached with the keyboard and is named by the heading above the table, or by
 * {@code fallbackName} when there is none.
 *
 * <p>Works on the Markdown renderer's output, where {@code <table>} and {@code id="} only
 * occur as markup (the renderer escapes {@code <} and {@code "} in text).
 */
final class TableRegions {

    private static final Pattern PARTS = Pattern.compile("<h[1-6] id=\"([^\"]*)\"|<table>|</table>");

    private TableRegions() {}

    static String wrap(String html, String fallbackName) {
        Matcher m = PARTS.matcher(html);
        StringBuilder b = new StringBuilder(html.length() + 256);
        String heading = null;
        while (m.find()) {
            String found = m.group();
            String replacement;
            if (m.group(1) != null) {
                heading = m.group(1);
                replacement = found;
            } else if (found.equals("<table>")) {
                String name = heading == null ? "aria-label=\"" + HtmlEscaping.escape(fallbackName) + "\"" : "aria-labelledby=\"" + heading + "\"";
                replacement = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" " + name + "><table>";
            } else {
                replacement = "</table></div>";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
