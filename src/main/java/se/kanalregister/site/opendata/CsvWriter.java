package se.kanalregister.site.opendata;

import java.util.List;
import se.kanalregister.render.StreamedPage;

/**
 * Writes a CSV file as RFC 4180 describes it: comma-separated, every record ending in
 * CRLF, a field quoted when it holds a comma, a quote or a line break (or begins or ends
 * with a space, which some readers would trim), quotes doubled. The
 * text begins with a byte order mark so that Excel reads it as UTF-8.
 *
 * <p>Every field is also guarded against formula injection: a value that begins with
 * {@code = + - @ '}, a tab or a carriage return gets an apostrophe in front, so a
 * spreadsheet shows it as text instead of running it. Removing one leading apostrophe
 * gives the exact value back. Not thread-safe; one per file.
 */
public final class CsvWriter {

    /** The first character of the file: U+FEFF, written as EF BB BF in UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Characters that make a spreadsheet read a cell as a formula (and the apostrophe, so the guard can be undone). */
    static final String GUARDED_FIRST = "=+-@'\t\r";

    private final StringBuilder out = new StringBuilder(16384).append(BYTE_ORDER_MARK);
    private final int columns;

    public CsvWriter(List<String> header) {
        this.columns = header.size();
        row(header);
    }

    /** One record; it must have as many fields as the header. Null is an empty field. */
    public CsvWriter row(List<String> fields) {
        if (fields.size() != columns) throw new IllegalArgumentException("a CSV row has " + fields.size() + " fields, the header " + columns);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
        return this;
    }

    public String text() {
        return out.toString();
    }

    /** The table as a file's content: a big one is never copied into one string. */
    public StreamedPage page() {
        return StreamedPage.of(out);
    }

    /** A value with the formula guard applied: {@code =1+1} → {@code '=1+1}. */
    static String guard(String value) {
        if (!value.isEmpty() && GUARDED_FIRST.indexOf(value.charAt(0)) >= 0) return "'" + value;
        return value;
    }

    /**
     * List items as one field: joined with {@code |}, and a {@code \} or {@code |} inside an
     * item written as {@code \\} or {@code \|}, so the items can be split back exactly. (An
     * empty list and a list of one empty text are both an empty field.)
     */
    public static String joinList(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < items.size(); n++) {
            String item = items.get(n);
            if (n > 0) b.append('|');
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (c == '\\' || c == '|') b.append('\\');
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void appendField(StringBuilder b, String raw) {
        if (raw == null) return;
        String v = guard(raw);
        boolean quote = !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') b.append('"');
            b.append(c);
        }
        b.append('"');
    }
}
