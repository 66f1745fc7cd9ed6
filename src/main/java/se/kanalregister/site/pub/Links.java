package se.kanalregister.site.pub;

import se.kanalregister.model.Layout;

/** Relative links between pages of one output, whose paths are folders ({@code kanaler/x/}) or files. */
final class Links {

    private Links() {}

    /**
     * The link from a page in folder {@code fromDir} ({@code ""} for the root, else ending in
     * {@code /}) to {@code to}, a path from the output's root ({@code ""} is the start page).
     */
    static String relative(String fromDir, String to) {
        String link = Layout.toRoot(fromDir) + to;
        return link.isEmpty() ? "./" : link;
    }

    /** {@code https://www.facebook.com/kultur/} → {@code www.facebook.com/kultur}: an address to show. */
    static String display(String url) {
        String s = url.startsWith("https://") ? url.substring(8) : url.startsWith("http://") ? url.substring(7) : url;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
