package se.kanalregister.site;

import java.time.LocalDate;
import java.util.List;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.check.Finding;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.render.MarkdownHtml;
import se.kanalregister.render.Templates;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.text.Messages;
import se.kanalregister.text.SwedishOrder;

/**
 * What every part of a build reads: the checked register, its compliance findings, the day
 * the build counts from, the templates, the Markdown renderer, the message bundles, and
 * where rendering warnings go, and which channels' own pages to render. One per build; thread-safe.
 */
public final class RenderContext {

    private final Register register;
    private final List<Finding> findings;
    private final LocalDate today;
    private final Templates templates;
    private final Diagnostics warnings;
    private final PageScope scope;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final SwedishOrder swedishOrder = new SwedishOrder();
    private final RegisterIdentities identities;

    public RenderContext(Register register, List<Finding> findings, LocalDate today, Templates templates,
                         Diagnostics warnings) {
        this(register, findings, today, templates, warnings, PageScope.everything());
    }

    public RenderContext(Register register, List<Finding> findings, LocalDate today, Templates templates,
                         Diagnostics warnings, PageScope scope) {
        this(register, findings, today, templates, warnings, scope, new RegisterIdentities());
    }

    /** @param identities the channels' identities as the checks read them */
    public RenderContext(Register register, List<Finding> findings, LocalDate today, Templates templates,
                         Diagnostics warnings, PageScope scope, RegisterIdentities identities) {
        this.identities = identities;
        this.register = register;
        this.findings = List.copyOf(findings);
        this.today = today;
        this.templates = templates;
        this.warnings = warnings;
        this.scope = scope;
    }

    public Register register() {
        return register;
    }

    public List<Finding> findings() {
        return findings;
    }

    public LocalDate today() {
        return today;
    }

    public Templates templates() {
        return templates;
    }

    /** Which channels get their own pages rendered in this build, and their info texts. */
    public PageScope scope() {
        return scope;
    }

    public MarkdownHtml markdown() {
        return markdown;
    }

    public Diagnostics warnings() {
        return warnings;
    }

    /** Swedish alphabetical order, shared by the build's sorts so each text's collation key is made once. */
    public SwedishOrder swedishOrder() {
        return swedishOrder;
    }

    /** Every channel's account identities, each address read once for the whole build. */
    public RegisterIdentities identities() {
        return identities;
    }

    /** The info texts of this build's organisation, in its language, with this build's templates. */
    public InfoTexts infoTexts() {
        Organisation organisation = register.organisation();
        return new InfoTexts(templates, organisation, messages(organisation.language()));
    }

    /** The bundle in {@code language} (sv or en; others get Swedish). */
    public Messages messages(String language) {
        return Messages.forLanguage(language);
    }
}
