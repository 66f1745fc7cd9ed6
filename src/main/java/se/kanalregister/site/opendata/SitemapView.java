package se.kanalregister.site.opendata;

import java.util.List;

/** What templates/opendata/sitemap.ftlx and robots.ftl need: absolute URLs in ASCII. */
public record SitemapView(List<String> urls, String sitemapUrl) {

    public SitemapView {
        urls = List.copyOf(urls);
    }
}
