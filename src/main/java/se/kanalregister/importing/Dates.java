package se.kanalregister.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as spreadsheets write it: {@code 2019-05-09}, also with a time after it (Excel's date cells). */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?");

    private Dates() {}

    /** The date, or null when the text is no date (then nothing is invented: the field stays empty). */
    static LocalDate parse(String text) {
        if (text == null) return null;
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
