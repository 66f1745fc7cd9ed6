<#-- robots.txt: every public page may be indexed; points at the sitemap. The model is SitemapView. -->
User-agent: *
Disallow:

Sitemap: ${sitemapUrl}
