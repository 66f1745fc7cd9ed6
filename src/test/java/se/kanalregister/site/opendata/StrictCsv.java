package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written from the RFC rather than from
 * {@link CsvWriter}: records end in CRLF, a quoted field may hold commas, quotes (doubled)
 * and line breaks, a quote anywhere else or a bare CR or LF outside quotes is an error,
 * every record has as many fields as the first.
 */
final class StrictCsv {

    private StrictCsv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i = quoted(text, i + 1, field);
            } else {
                while (i < text.length() && ",\r\n\"".indexOf(text.charAt(i)) < 0) field.append(text.charAt(i++));
                if (i < text.length() && text.charAt(i) == '"') throw new AssertionError("a quote inside an unquoted field at " + i);
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) throw new AssertionError("the last record does not end in CRLF");
            char c = text.charAt(i);
            if (c == ',') {
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw new AssertionError("record " + (records.size() + 1) + " has " + record.size() + " fields, not " + records.get(0).size());
                }
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new AssertionError("a bare line break outside quotes at " + i);
            }
        }
        if (!record.isEmpty()) throw new AssertionError("text after the last CRLF");
        return records;
    }

    private static int quoted(String text, int i, StringBuilder field) {
        while (true) {
            if (i >= text.length()) throw new AssertionError("an unterminated quoted field");
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (c == '"') {
                i++;
                if (i < text.length() && ",\r".indexOf(text.charAt(i)) < 0) throw new AssertionError("text after a closing quote at " + i);
                return i;
            } else {
                field.append(c);
                i++;
            }
        }
    }

    /** The exact value of a guarded cell: one leading apostrophe removed, as docs/open-data.md tells readers. */
    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** A list cell split back into its items, as docs/open-data.md describes. */
    static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isEmpty()) return items;
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }
}
