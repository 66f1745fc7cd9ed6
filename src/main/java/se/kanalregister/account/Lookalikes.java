package se.kanalregister.account;

import java.util.List;
import java.util.Locale;

/**
 * Whether one name imitates another: equal after folding confusable characters (after UTS #39's
 * skeleton, with {@link AccountRules#CONFUSABLES}) and removing separators, one or two edits
 * apart, or the other name with something added before or after ({@code kultur.official},
 * {@code kultur_1}: a short addition or one of {@link AccountRules#AFFIXES}). The page script does the same.
 */
public final class Lookalikes {

    /** Names longer than this are compared by skeleton and affix only: no one reads such a name letter by letter. */
    static final int MAX_EDIT_LENGTH = 64;

    /** The affixes skeletoned once, as {@link #skeletonsResemble} compares them. */
    private static final List<String> AFFIX_SKELETONS = AccountRules.AFFIXES.stream().map(Lookalikes::skeleton).toList();

    private Lookalikes() {}

    /** {@code Kultur.Exempеlby} (Cyrillic е) → {@code kulturexempelby}. */
    public static String skeleton(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            String c = String.valueOf(lower.charAt(i));
            String mapped = AccountRules.CONFUSABLES.getOrDefault(c, c);
            if (AccountRules.SEPARATORS.indexOf(mapped.charAt(0)) < 0) b.append(mapped);
        }
        return b.toString().replace("rn", "m").replace("vv", "w");
    }

    /** True when {@code candidate} looks like {@code official} (or is the same name written otherwise). */
    public static boolean resembles(String candidate, String official) {
        return skeletonsResemble(skeleton(candidate), skeleton(official));
    }

    /** As {@link #resembles}, for two {@link #skeleton}s: for a caller that compares one name with many. */
    static boolean skeletonsResemble(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        if (b.length() >= 4 && a.length() > b.length() && (a.startsWith(b) || a.endsWith(b))) {
            String added = a.startsWith(b) ? a.substring(b.length()) : a.substring(0, a.length() - b.length());
            if (added.length() <= 3) return true;
            return AFFIX_SKELETONS.contains(added);
        }
        if (Math.min(a.length(), b.length()) < 5 || Math.max(a.length(), b.length()) > MAX_EDIT_LENGTH) return false;
        return distance(a, b) <= (Math.max(a.length(), b.length()) >= 10 ? 2 : 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
