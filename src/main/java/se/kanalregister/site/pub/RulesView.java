package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.view.PageFrame;

/**
 * The rules for commenters, {@code regler/index.html}: the organisation's rules, then the
 * body of {@code pages/regler.md} when there is one, else a short built-in explanation.
 *
 * @param summary  the page's lead; may be empty
 * @param bodyHtml the Markdown body as HTML (safe: raw HTML was refused and is escaped); may be empty
 */
public record RulesView(PageFrame frame, String contentLang, String organisation, String title, String summary,
                        List<String> rules, String bodyHtml, String email, String phone, String phoneUri) {

    public RulesView {
        rules = List.copyOf(rules);
    }
}
