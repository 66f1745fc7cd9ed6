package se.kanalregister.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and path segments: lower-case a–z, digits and hyphens. */
public final class Slugs {

    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {}

    /** True for a valid id per the register format: a–z, 0–9 and hyphens, 1–64 characters. */
    public static boolean isValidId(String s) {
        return VALID_ID.matcher(s).matches();
    }

    /**
     * A valid id made from any text: Swedish, Sami and Finnish letters lose their marks
     * (å → a, č → c, đ → d, ŋ → n, ŧ → t), everything else becomes a hyphen.
     */
    public static String slugify(String s) {
        return slugify(s, "kanal");
    }

    /** As {@link #slugify(String)}, with {@code fallback} when nothing of {@code s} is left. */
    public static String slugify(String s, String fallback) {
        String t = s.toLowerCase(Locale.ROOT)
                .replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t")
                .replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = NON_SLUG.matcher(t).replaceAll("-");
        t = trimHyphens(t);
        if (t.length() > 64) t = trimHyphens(t.substring(0, 64));
        return t.isEmpty() ? fallback : t;
    }

    private static String trimHyphens(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '-') a++;
        while (b > a && t.charAt(b - 1) == '-') b--;
        return t.substring(a, b);
    }
}
