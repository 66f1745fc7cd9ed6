package se.kanalregister.text;

import java.util.Locale;

/**
 * The normal form of a channel address, so that the ways people write the same account
 * compare equal: scheme, {@code www.}, {@code m.}, the host's case, a trailing slash, a
 * query and a fragment do not matter. {@code @handle} and {@code handle} stay handles.
 * The directory's "Är kontot äkta?" box does the same in JavaScript (assets/site.js).
 */
public final class AccountAddress {

    private AccountAddress() {}

    /** {@code https://www.Facebook.com/Kultur/?ref=x} → {@code facebook.com/kultur}. */
    public static String normalise(String address) {
        String s = address.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) s = s.substring(scheme + 3);
        int cut = indexOfAny(s, "?#");
        if (cut >= 0) s = s.substring(0, cut);
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("www.")) s = s.substring(4);
        else if (s.startsWith("m.")) s = s.substring(2);
        return s;
    }

    /** {@code @Exempelby} → {@code exempelby}; the handle without its at sign, in lower case. */
    public static String normaliseHandle(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        while (h.startsWith("@")) h = h.substring(1);
        return h;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
