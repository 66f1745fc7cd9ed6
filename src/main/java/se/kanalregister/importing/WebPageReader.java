package se.kanalregister.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Platform;

/**
 * Reads a saved web page, typically a CMS's "Sociala medier" page: every link that is an
 * account on a known platform becomes an account ({@link AccountLinks} leaves out share
 * buttons, help pages, single posts and the site's own pages). The link's text gives the
 * name; the row of a table or, outside tables, the nearest heading above gives the unit;
 * wording such as "används inte längre" or "inaktiv" nearby, or struck-through text, marks
 * the account as closed.
 */
final class WebPageReader {

    /** Headings that may name a unit or an account; the h1 is the page's own title ("Sociala medier"). */
    private static final String HEADINGS = "h2, h3, h4, h5, h6";
    /** The smallest element around a link whose text speaks about that link only. */
    private static final String ITEM = "li, tr, dd, dt, p";
    private static final String LANDMARKS = "header, footer, nav, aside";

    /** What is left of "Biblioteket på Facebook" once the platform's name is cut off. */
    private static final Pattern PLATFORM_SUFFIX = Pattern.compile("\\s*(\\bpå|\\bon|\\bi|\\bvia|[-–—:|])?\\s*$");
    /** Link texts that invite rather than name: "Följ oss", "Gilla oss på", "Follow us". */
    private static final Pattern INVITATION = Pattern.compile(
            "(följ|gilla|besök|hitta|titta på|se|prenumerera på|follow|like|visit|find|subscribe to)( oss| us)?( här| here)?[.!]?");

    /** A link whose text is its own address ("www.facebook.com/exempelby") names nothing. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://)?[^\\s/]+\\.[a-z]{2,}(/\\S*)?");

    private final String file;

    WebPageReader(String file) {
        this.file = file;
    }

    SourceReading read(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<ImportedAccount> accounts = new ArrayList<>();
        int otherLinks = 0;
        for (Element a : page.select("a[href]")) {
            Platform platform = AccountLinks.accountPlatform(a.attr("href"));
            if (platform == null) {
                otherLinks++;
                continue;
            }
            Element heading = nearestHeading(a);
            Element item = a.closest(ITEM);
            boolean closed = ClosedWording.saysClosed(text(a)) || (item != null && ClosedWording.saysClosed(text(item)))
                    || underClosedHeading(heading) || a.closest("del, s, strike") != null;
            String unit = unit(a, heading);
            accounts.add(new ImportedAccount(position(a), name(a, platform, heading), null,
                    AccountLinks.accountAddress(a.attr("href")), null,
                    unit, null, null, null, closed, null, null));
        }
        return new SourceReading(accounts, List.of(), List.of(), otherLinks);
    }

    /**
     * The link's text, or the alt text of an icon link, without a trailing "på Facebook";
     * when nothing but an invitation is left ("Följ oss på Instagram", "Facebook"), the
     * heading above names the account, or nobody does (the name is then left to fill in).
     */
    private static String name(Element a, Platform platform, Element heading) {
        String name = text(a);
        if (name.isEmpty()) name = a.attr("aria-label").strip();
        if (name.isEmpty()) name = a.select("img[alt]").eachAttr("alt").stream().findFirst().orElse("").strip();
        String[] words = name.split("\\s+");
        if (words.length > 0 && Platform.byWrittenName(words[words.length - 1]) == platform) {
            name = PLATFORM_SUFFIX.matcher(name.substring(0, name.lastIndexOf(words[words.length - 1]))).replaceAll("");
        }
        if (name.isEmpty() || INVITATION.matcher(name.toLowerCase(Locale.ROOT)).matches() || ADDRESS.matcher(name).matches()) {
            return heading != null && !ClosedWording.saysClosed(text(heading)) ? text(heading) : null;
        }
        return name;
    }

    /**
     * In a table, the cell under a heading that names the unit (enhet, förvaltning …), or else
     * the first cell of the row that is neither the link's own nor a platform's name; outside
     * tables, the nearest heading above that is not about closed accounts.
     */
    private static String unit(Element a, Element heading) {
        Element row = a.closest("tr");
        if (row != null) {
            Element cellOfLink = a.closest("td, th");
            int unitColumn = unitColumn(row);
            List<Element> cells = row.select("> td, > th");
            if (unitColumn >= 0 && unitColumn < cells.size() && cells.get(unitColumn) != cellOfLink) {
                String t = text(cells.get(unitColumn));
                return t.isEmpty() ? null : t;
            }
            for (Element cell : cells) {
                String t = text(cell);
                if (cell == cellOfLink || t.isEmpty() || Platform.byWrittenName(t) != null || ClosedWording.saysClosed(t)
                        || !cell.select("a[href]").isEmpty()) {
                    continue;
                }
                return t;
            }
            return null;
        }
        Element h = heading;
        while (h != null && ClosedWording.saysClosed(text(h))) h = previousHeading(h);
        return h == null ? null : text(h);
    }

    /** The index of the column whose heading names the unit, or -1. */
    private static int unitColumn(Element row) {
        Element table = row.closest("table");
        if (table == null) return -1;
        Element headRow = table.selectFirst("thead tr");
        if (headRow == null) {
            Element first = table.selectFirst("tr");
            if (first == null || first.select("> th").isEmpty()) return -1;
            headRow = first;
        }
        List<Element> heads = headRow.select("> th, > td");
        for (int i = 0; i < heads.size(); i++) if (Column.byHeading(text(heads.get(i))) == Column.UNIT) return i;
        return -1;
    }

    /**
     * The heading that comes before {@code e} in document order, or null. A link in the page's
     * header, footer, navigation or a sidebar belongs to no heading of the main text.
     */
    private static Element nearestHeading(Element e) {
        for (Element at = e; at != null && !at.is(LANDMARKS); at = at.parent()) {
            for (Element sibling = at.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (sibling.is(HEADINGS)) return sibling;
                Element inside = sibling.select(HEADINGS).last();
                if (inside != null) return inside;
            }
        }
        return null;
    }

    /** True when the heading, or one it belongs under ("Avslutade kanaler" above "Skolor"), speaks of closed accounts. */
    private static boolean underClosedHeading(Element heading) {
        for (Element h = heading; h != null; h = previousHeading(h)) if (ClosedWording.saysClosed(text(h))) return true;
        return false;
    }

    /** The heading before {@code h} of a higher level (h2 before an h3), or null. */
    private static Element previousHeading(Element h) {
        int level = h.tagName().charAt(1) - '0';
        for (Element at = nearestHeading(h); at != null; at = nearestHeading(at)) {
            if (at.tagName().charAt(1) - '0' < level) return at;
        }
        return null;
    }

    private SourcePosition position(Element a) {
        Range.Position start = a.sourceRange().start();
        return start.lineNumber() > 0 ? new SourcePosition(file, start.lineNumber(), start.columnNumber())
                : SourcePosition.of(file);
    }

    private static String text(Element e) {
        return e.text().replace('\u00A0', ' ').strip();
    }
}
