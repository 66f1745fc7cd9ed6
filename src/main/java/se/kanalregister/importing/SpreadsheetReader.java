package se.kanalregister.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Message;

/**
 * Reads a spreadsheet exported as CSV: separated by semicolons (Excel in Sweden), commas or
 * tabs, with a header row whose headings name the columns ({@link Column}). Quoting follows
 * Excel: a cell in double quotes may hold the separator, line breaks and doubled quotes,
 * which is why commons-csv does the parsing.
 */
final class SpreadsheetReader {

    private static final String SEPARATORS = ";,\t";
    /** How many rows from the top may come before the headings. */
    private static final int HEADER_SEARCH = 10;

    private final String file;

    /** @param file the source as messages name it */
    SpreadsheetReader(String file) {
        this.file = file;
    }

    SourceReading read(String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceReading.Left> left = new ArrayList<>();
        List<ImportedAccount> accounts = new ArrayList<>();
        List<CSVRecord> records;
        try {
            records = records(text, separator(text));
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv says what is wrong ("EOF reached before encapsulated token finished") but not in our words
            diagnostics.add(Diagnostic.error(new SourcePosition(file, 1, 1), "import.csv.broken"));
            return new SourceReading(accounts, diagnostics, left, 0);
        }
        Lines lines = new Lines(text);
        if (records.isEmpty()) {
            diagnostics.add(Diagnostic.error(new SourcePosition(file, 1, 1), "import.csv.empty"));
            return new SourceReading(accounts, diagnostics, left, 0);
        }
        int headerAt = headerRow(records);
        CSVRecord header = records.get(headerAt);
        for (CSVRecord r : records.subList(0, headerAt)) lines.of(r); // a title above the headings is no account
        int headerLine = lines.of(header);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        int searchFrom = 0;
        String headerText = text.lines().skip(headerLine - 1).findFirst().orElse("");
        for (int i = 0; i < header.size(); i++) {
            String heading = header.get(i).strip();
            int at = Math.max(0, headerText.indexOf(heading, searchFrom));
            searchFrom = at + heading.length();
            if (heading.isEmpty()) continue;
            Column c = Column.byHeading(heading);
            SourcePosition where = new SourcePosition(file, headerLine, at + 1);
            if (c == null) diagnostics.add(Diagnostic.warning(where, "import.csv.unknown-column", heading));
            else if (columns.containsKey(c)) diagnostics.add(Diagnostic.warning(where, "import.csv.repeated-column", heading));
            else columns.put(c, i);
        }
        if (!columns.containsKey(Column.URL)) {
            diagnostics.add(Diagnostic.error(new SourcePosition(file, headerLine, 1), "import.csv.no-address-column",
                    String.join(", ", header.toList())));
            return new SourceReading(accounts, diagnostics, left, 0);
        }
        for (CSVRecord r : records.subList(headerAt + 1, records.size())) {
            SourcePosition from = new SourcePosition(file, lines.of(r), 1);
            if (r.stream().allMatch(v -> v.isBlank())) continue;
            String url = cell(r, columns, Column.URL);
            if (url == null) {
                left.add(new SourceReading.Left(from, Message.of("import.left.no-address")));
                continue;
            }
            String status = cell(r, columns, Column.STATUS);
            String ended = cell(r, columns, Column.ENDED);
            boolean endedIsDate = ended != null && Dates.parse(ended) != null;
            boolean closed = ClosedWording.saysClosed(status) || ClosedWording.isNo(status)
                    || endedIsDate || (ended != null && !ClosedWording.isNo(ended));
            accounts.add(new ImportedAccount(from, cell(r, columns, Column.NAME), cell(r, columns, Column.PLATFORM), url,
                    cell(r, columns, Column.HANDLE), cell(r, columns, Column.UNIT), cell(r, columns, Column.PURPOSE),
                    cell(r, columns, Column.STARTED), endedIsDate ? ended : null, closed,
                    cell(r, columns, Column.PERSON), notes(r, columns)));
        }
        return new SourceReading(accounts, diagnostics, left, 0);
    }

    /**
     * The row of headings: the first of the top rows that names an address column, since a
     * sheet often has a title and a blank row above its table; the first row when none does.
     */
    private static int headerRow(List<CSVRecord> records) {
        for (int i = 0; i < Math.min(records.size(), HEADER_SEARCH); i++) {
            if (records.get(i).stream().anyMatch(h -> Column.byHeading(h) == Column.URL)) return i;
        }
        return 0;
    }

    /** A contact's e-mail and phone may be a person's own: they go to internal notes, never to a public field. */
    private static String notes(CSVRecord r, Map<Column, Integer> columns) {
        List<String> parts = new ArrayList<>();
        String email = cell(r, columns, Column.EMAIL);
        String phone = cell(r, columns, Column.PHONE);
        if (email != null) parts.add(email);
        if (phone != null) parts.add(phone);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String cell(CSVRecord r, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        if (i == null || i >= r.size()) return null;
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * The separator the header row uses most, outside quotes; a semicolon wins a tie, as Excel
     * in Sweden writes it. A file of one column has none, and any will do.
     */
    static char separator(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        int[] counts = new int[SEPARATORS.length()];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && SEPARATORS.indexOf(c) >= 0) counts[SEPARATORS.indexOf(c)]++;
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
        return SEPARATORS.charAt(best);
    }

    private static List<CSVRecord> records(String text, char separator) {
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setLenientEof(false).get(); // an unclosed quote is a mistake to report, not the rest of the file as one cell
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a broken quote; a StringReader itself does not fail
        }
    }

    /** The line each record starts on (a quoted cell may span lines), counted once through the text. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** Records are asked for in order, so the count only moves forward. */
        int of(CSVRecord r) {
            int end = (int) Math.min(r.getCharacterPosition(), text.length());
            for (; position < end; position++) if (text.charAt(position) == '\n') line++;
            return line;
        }
    }
}
