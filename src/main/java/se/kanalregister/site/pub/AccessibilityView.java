package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.view.PageFrame;

/**
 * The accessibility statement, {@code tillganglighet/index.html}, from organisation.yaml's
 * {@code accessibility:} fields and, when present, the body of {@code pages/tillganglighet.md}.
 *
 * @param compliance   {@code full}, {@code partial}, {@code none}, or empty when not stated
 * @param assessedOn   null when not stated
 * @param method       may be empty
 * @param email        where to report a problem: {@code contact_email}, else the organisation's
 * @param bodyHtml     the Markdown body as HTML; may be empty
 */
public record AccessibilityView(PageFrame frame, String contentLang, String organisation, String siteAddress,
                                String compliance, DateView assessedOn, String method, List<String> knownIssues,
                                String email, String phone, String phoneUri, String bodyHtml) {

    public AccessibilityView {
        knownIssues = List.copyOf(knownIssues);
    }
}
