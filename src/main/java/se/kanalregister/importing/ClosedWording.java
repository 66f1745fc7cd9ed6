package se.kanalregister.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/** The words a Swedish (or English) list uses for an account that is no longer in use. */
final class ClosedWording {

    private static final Pattern CLOSED = Pattern.compile(
            "används inte|inte längre|ej längre|inaktiv|ej aktiv|inte aktiv|avslutad|avslutat|nedlagd|nedlagt"
            + "|stängd|stängt|vilande|upphört|arkiverad|no longer|inactive|not active|closed|discontinued");

    private static final Pattern NO = Pattern.compile("nej|no|false|0|n");

    private ClosedWording() {}

    /** True when {@code text} says the account is closed ("Används inte längre", "inaktiv"). */
    static boolean saysClosed(String text) {
        return text != null && CLOSED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** True for a "no" in a yes/no column ("Aktiv: nej"). */
    static boolean isNo(String text) {
        return text != null && NO.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
