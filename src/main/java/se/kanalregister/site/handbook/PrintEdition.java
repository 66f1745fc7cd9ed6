package se.kanalregister.site.handbook;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kanalregister.render.MarkdownHtml;
import se.kanalregister.text.LinkScheme;

/**
 * Fits a chapter into the one-page edition of the whole handbook: headings move one level
 * down (the chapter's title is the {@code h2}), heading ids get the chapter's slug in front
 * so that equal headings of different chapters stay apart, and links are rewritten for a
 * page that lives at {@code utskrift/}: to a chapter they become in-page links, to other
 * handbook pages they are resolved again from the new folder.
 */
final class PrintEdition {

    /** A chapter's page, as a path from the handbook's root. */
    private static final Pattern CHAPTER = Pattern.compile("/handbok/([a-z0-9-]+)/(?:index\\.html)?");
    private static final URI BASE = URI.create("https://handbok.invalid/");

    private final Set<String> slugs;

    PrintEdition(List<String> slugs) {
        this.slugs = Set.copyOf(slugs);
    }

    /** The id of a chapter's section on the print page. */
    static String anchor(String slug) {
        return "kapitel-" + slug;
    }

    /** The id a heading {@code id} of chapter {@code slug} gets on the print page. */
    static String headingId(String slug, String id) {
        return slug + "--" + id;
    }

    /** How chapter {@code slug} is rendered on the print page; {@code tableName} names a table with no heading above it. */
    MarkdownHtml.Placement placement(String slug, String tableName) {
        return new MarkdownHtml.Placement(1, id -> headingId(slug, id), href -> link(href, slug), tableName);
    }

    private String link(String href, String slug) {
        if (href.startsWith("#")) return "#" + headingId(slug, href.substring(1));
        if (href.startsWith("/") || LinkScheme.present(href)) return href;
        URI resolved;
        try {
            resolved = BASE.resolve("handbok/" + slug + "/").resolve(href).normalize();
        } catch (IllegalArgumentException e) {
            return href;
        }
        String path = resolved.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("/..")) return href;
        String fragment = resolved.getRawFragment();
        Matcher m = CHAPTER.matcher(path);
        if (m.matches() && slugs.contains(m.group(1))) {
            return fragment == null || fragment.isEmpty() ? "#" + anchor(m.group(1)) : "#" + headingId(m.group(1), fragment);
        }
        return ".." + path + (fragment == null ? "" : "#" + fragment);
    }
}
