package se.kanalregister.site.pub;

import se.kanalregister.render.view.PageFrame;

/**
 * A page from {@code content/pages/<slug>.md}, e.g. {@code om-registret/index.html}.
 *
 * @param summary  the lead; may be empty
 * @param bodyHtml the Markdown body as HTML (safe: raw HTML was refused and is escaped)
 */
public record ContentPageView(PageFrame frame, String contentLang, String title, String summary, String bodyHtml) {}
