package se.kanalregister.site.pub;

import static se.kanalregister.text.Strings.orEmpty;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Accessibility;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.StreamedPage;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.site.Output;

/**
 * The rules page, the accessibility statement and the content pages of one edition. The
 * Markdown bodies are rendered once and shared by the editions.
 */
final class OtherPages {

    static final String RULES_TEMPLATE = "public/rules.ftlh";
    static final String ACCESSIBILITY_TEMPLATE = "public/accessibility.ftlh";
    static final String PAGE_TEMPLATE = "public/page.ftlh";

    private final RenderContext context;
    private final Organisation organisation;
    private final Frames frames;
    private final Document rules;
    private final Document accessibility;
    private final String rulesHtml;
    private final String accessibilityHtml;
    /** The content pages with a page of their own, in order, and each one's body as HTML. */
    private final List<Document> pages;
    private final List<String> pagesHtml;

    OtherPages(RenderContext context, Frames frames) {
        this.context = context;
        Register register = context.register();
        this.organisation = register.organisation();
        this.frames = frames;
        this.rules = page(register, Layout.RULES);
        this.accessibility = page(register, Layout.ACCESSIBILITY);
        this.rulesHtml = rules == null ? "" : context.markdown().render(rules.body());
        this.accessibilityHtml = accessibility == null ? "" : context.markdown().render(accessibility.body());
        this.pages = Layout.ownPages(register);
        this.pagesHtml = pages.stream().map(d -> context.markdown().render(d.body())).toList();
    }

    void write(Edition e, Output out) throws IOException {
        out.write(e.prefix() + Frames.RULES + "index.html", rules(e));
        out.write(e.prefix() + Frames.ACCESSIBILITY + "index.html", accessibility(e));
        for (int i = 0; i < pages.size(); i++) {
            Document d = pages.get(i);
            String page = Layout.page(d.slug());
            ContentPageView view = new ContentPageView(frames.frame(e, page, d.title(), orEmpty(d.summary())),
                    e.contentLang(), d.title(), orEmpty(d.summary()), pagesHtml.get(i));
            out.write(e.prefix() + page + "index.html", context.templates().page(PAGE_TEMPLATE, view, e.messages()));
        }
    }

    private StreamedPage rules(Edition e) {
        String title = rules != null ? rules.title() : e.messages().get("rules.title");
        String summary = rules != null ? orEmpty(rules.summary()) : "";
        Contact c = organisation.contact();
        RulesView view = new RulesView(frames.frame(e, Frames.RULES, title, summary), e.contentLang(),
                organisation.name(), title, summary, InfoTexts.rules(organisation, context.messages(organisation.language())),
                rulesHtml, orEmpty(c.email()), orEmpty(c.phone()), orEmpty(c.phoneUri()));
        return context.templates().page(RULES_TEMPLATE, view, e.messages());
    }

    private StreamedPage accessibility(Edition e) {
        Accessibility a = organisation.accessibility();
        String title = e.messages().get("a11y.title");
        Contact c = organisation.contact();
        String email = a.contactEmail() != null ? a.contactEmail() : orEmpty(c.email());
        AccessibilityView view = new AccessibilityView(frames.frame(e, Frames.ACCESSIBILITY, title,
                e.messages().format("a11y.description", organisation.name())), e.contentLang(), organisation.name(),
                Links.display(SiteAddress.of(organisation).readable("")), orEmpty(a.compliance()),
                DateView.of(a.assessedOn(), e.messages()),
                orEmpty(a.method()), a.knownIssues(), email, orEmpty(c.phone()), orEmpty(c.phoneUri()), accessibilityHtml);
        return context.templates().page(ACCESSIBILITY_TEMPLATE, view, e.messages());
    }

    private static Document page(Register register, String slug) {
        for (Document d : register.pages()) if (d.slug().equals(slug)) return d;
        return null;
    }

}
