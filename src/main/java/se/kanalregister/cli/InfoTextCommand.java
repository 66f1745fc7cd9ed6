package se.kanalregister.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.kanalregister.check.Checked;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.Templates;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.text.Messages;
import se.kanalregister.text.Suggestions;

/**
 * {@code infotext <id> [--plattform p]}: prints a channel's info text, ready to paste. The
 * text alone goes to standard output (so it can be piped to a clipboard tool); its length
 * against the platform's limit goes to standard error.
 */
final class InfoTextCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;

    InfoTextCommand(PrintStream out, PrintStream err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    /** The id the user means: {@code kultur.yaml} names the channel as well as {@code kultur}. */
    static String id(Options o) throws UsageException {
        if (o.arguments().size() != 1) throw new UsageException("cli.infotext.usage");
        return o.arguments().get(0).replaceFirst("\\.ya?ml$", "");
    }

    private static boolean hasErrorsInFileOf(Checked checked, String id) {
        return checked.diagnostics().sorted().stream().filter(d -> d.isError()).map(d -> Path.of(d.position().file()).getFileName())
                .anyMatch(name -> name != null && (name.toString().equals(id + ".yaml") || name.toString().equals(id + ".yml")));
    }

    /**
     * Prints the text. Errors in other channels' files do not stand in the way: a communicator
     * can still paste the text of a channel whose own file is fine.
     *
     * @param displayBase the working directory, for naming a broken template file
     */
    int run(Checked checked, Path templates, Path displayBase, LocalDate today, Options o)
            throws UsageException, IOException {
        String id = id(o);
        if (checked.register() == null) return blocked(id);
        RegisterEntry entry = checked.register().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (entry == null) {
            // its file is there but has errors, so it did not load: say that, not that it does not exist
            if (hasErrorsInFileOf(checked, id)) return blocked(id);
            String near = Suggestions.closest(id, checked.register().entries().stream().map(RegisterEntry::id).toList());
            if (near != null) throw new UsageException("cli.infotext.unknown.suggest", id, near);
            throw new UsageException("cli.infotext.unknown", id);
        }
        boolean ownErrors = checked.diagnostics().sorted().stream()
                .anyMatch(d -> d.isError() && d.position().file().equals(entry.sourceFile()));
        if (ownErrors) return blocked(id);
        RenderContext context = new RenderContext(checked.register(), checked.findings(), today,
                new Templates(templates, displayBase), new Diagnostics());
        ChannelTexts texts = context.infoTexts().of(entry.channel());
        if (o.platform() == null) {
            out.print(withNewline(texts.full()));
            return Main.OK;
        }
        if (texts.shorts().isEmpty()) {
            err.println(Diagnostic.error(SourcePosition.of(context.templates().shownName(InfoTexts.BIO_TEMPLATE)),
                    "infotext.bio-empty.channel", id).format(messages));
            return Main.CONTENT_ERRORS;
        }
        String wanted = o.platform().toLowerCase(Locale.ROOT);
        ShortText text = texts.shorts().stream().filter(t -> t.platform().id().equals(wanted)).findFirst().orElse(null);
        if (text == null) {
            List<String> choices = texts.shorts().stream().map(t -> t.platform().id()).toList();
            String near = Suggestions.closest(wanted, choices);
            if (near != null) throw new UsageException("cli.infotext.no-short.suggest", o.platform(), near);
            throw new UsageException("cli.infotext.no-short", o.platform(), choices);
        }
        out.print(withNewline(text.text()));
        err.println(messages.format(text.fits() ? "cli.infotext.length" : "cli.infotext.too-long",
                text.length(), text.limit(), text.platform().displayName()));
        return text.fits() ? Main.OK : Main.CONTENT_ERRORS;
    }

    /** The channel's own file (or organisation.yaml) has errors, printed above: say why nothing follows. */
    private int blocked(String id) {
        err.println(messages.format("cli.infotext.blocked", id));
        return Main.CONTENT_ERRORS;
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
