package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String csv(String... fields) {
        return new CsvWriter(List.of("h")).row(Arrays.asList(fields)).text();
    }

    @Test
    void startsWithAByteOrderMarkAndEndsEveryRecordWithCrlf() {
        assertEquals("\uFEFFa,b\r\n1,2\r\n", new CsvWriter(List.of("a", "b")).row(List.of("1", "2")).text());
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\uFEFFh\r\n\"a,b\"\r\n", csv("a,b"));
        assertEquals("\uFEFFh\r\n\"say \"\"hej\"\"\"\r\n", csv("say \"hej\""));
        assertEquals("\uFEFFh\r\n\"one\ntwo\"\r\n", csv("one\ntwo"));
        assertEquals("\uFEFFh\r\n\"one\rtwo\"\r\n", csv("one\rtwo"));
        assertEquals("\uFEFFh\r\n\" padded \"\r\n", csv(" padded "));
        assertEquals("\uFEFFh\r\nplain; semicolon|bar\r\n", csv("plain; semicolon|bar"));
    }

    @Test
    void nullIsAnEmptyField() {
        assertEquals("\uFEFFh\r\n\r\n", csv((String) null));
    }

    @Test
    void guardsEveryCellThatASpreadsheetWouldRunAsAFormula() {
        for (String v : List.of("=1+1", "+46 123", "-2", "@SUM(A1)", "\tTAB", "\rCR", "'quoted")) {
            assertEquals("'" + v, CsvWriter.guard(v), v);
        }
        for (String v : List.of("1=1", "a+b", "x@y.se", "", "Åsa")) assertEquals(v, CsvWriter.guard(v), v);
        assertEquals("\uFEFFh\r\n\"'=HYPERLINK(\"\"https://evil.example\"\")\"\r\n", csv("=HYPERLINK(\"https://evil.example\")"));
    }

    @Test
    void joinsListsWithBarAndEscapesBarAndBackslash() {
        assertEquals("a|b", CsvWriter.joinList(List.of("a", "b")));
        assertEquals("x \\| y|back\\\\slash", CsvWriter.joinList(List.of("x | y", "back\\slash")));
        assertEquals("", CsvWriter.joinList(List.of()));
        List<String> tricky = List.of("x | y", "\\", "|", "\\|", "plain");
        assertEquals(tricky, StrictCsv.splitList(CsvWriter.joinList(tricky)));
    }

    @Test
    void everyValueSurvivesARoundTripThroughAStrictReader() {
        List<String> values = List.of("", "plain", "a,b", "\"", "\"\"", "line\nbreak", "crlf\r\ninside", "=1+1", "'=1+1",
                "''", "'", "@handle", "-", "+", " lead", "trail ", "Sámi ŋ đ", "x|y", "emoji 😀", "\u2028");
        CsvWriter w = new CsvWriter(List.of("value", "list"));
        for (String v : values) w.row(List.of(v, CsvWriter.joinList(List.of(v, v))));
        String text = w.text();
        assertEquals('\uFEFF', text.charAt(0));
        List<List<String>> records = StrictCsv.parse(text.substring(1));
        assertEquals(values.size() + 1, records.size());
        List<String> back = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            back.add(StrictCsv.unguard(r.get(0)));
            String v = StrictCsv.unguard(r.get(0));
            assertEquals(List.of(v, v), StrictCsv.splitList(StrictCsv.unguard(r.get(1))), "list of " + v);
        }
        assertEquals(values, back);
    }

    @Test
    void aRowOfTheWrongLengthIsAProgramFault() {
        CsvWriter w = new CsvWriter(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> w.row(List.of("only one")));
    }

    @Test
    void manyQuotesTakeLinearTime() {
        String big = "\",\r\n".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            List<List<String>> r = StrictCsv.parse(csv(big).substring(1));
            assertEquals(big, r.get(1).get(0));
        });
    }
}
