package se.kanalregister.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.kanalregister.diag.Faults;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Platform;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.RenderException;
import se.kanalregister.render.Templates;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.text.Suggestions;

/**
 * {@code infotext <id> [--plattform p]}: prints a channel's info text, ready to paste. The
 * text alone goes to standard output (so it can be piped to a clipboard tool); its length
 * against the platform's limit goes to standard error.
 */
final class InfoTextCommand implements Command {

    /** The platform whose short text to print; absent (null) for the full text. */
    static final Option<String> PLATFORM = Option.<String>valued("--plattform", "instagram", null, value -> value)
            .withAlias("--platform")
            .completing(withShortTexts());

    /** The platforms that have a short text: those whose bio field has a limit. No stream: this runs at every start. */
    private static List<String> withShortTexts() {
        List<String> ids = new ArrayList<>();
        for (Platform p : Platform.values()) if (p.bioLimit() > 0) ids.add(p.id());
        return ids;
    }

    @Override
    public String name() {
        return "infotext";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(PLATFORM, CommonOptions.CONTENT, CommonOptions.TEMPLATES, CommonOptions.TODAY);
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        String id = id(call.arguments());  // a missing id is told before anything is read
        Path content = PathGuards.content(call);
        Path templates = PathGuards.templates(call);
        Checked checked = new Kanalregister(call.workingDirectory()).check(content, call.today());
        // a text to paste: the register's warnings would only be in the way
        Report.print(call, checked, true, false);
        try {
            return print(call, checked, id, templates);
        } catch (RenderException e) {
            call.err().println(Diagnostic.error(e.position(), e.messageKey(), e.getMessage().strip()).format(call.messages()));
        } catch (IOException e) {
            call.printError("cli.templates-unreadable", Faults.reason(e));
        }
        return ExitCode.CONTENT_ERRORS;
    }

    /** The id the user means: {@code kultur.yaml} names the channel as well as {@code kultur}. */
    private static String id(Arguments arguments) throws UsageException {
        if (arguments.positional().size() != 1) throw new UsageException("cli.infotext.usage");
        return arguments.positional().get(0).replaceFirst("\\.ya?ml$", "");
    }

    private static boolean hasErrorsInFileOf(Checked checked, String id) {
        return checked.diagnostics().sorted().stream().filter(d -> d.isError()).map(d -> Path.of(d.position().file()).getFileName())
                .anyMatch(name -> name != null && (name.toString().equals(id + ".yaml") || name.toString().equals(id + ".yml")));
    }

    /**
     * Prints the text. Errors in other channels' files do not stand in the way: a communicator
     * can still paste the text of a channel whose own file is fine.
     */
    private static ExitCode print(Invocation call, Checked checked, String id, Path templates) throws UsageException, IOException {
        if (checked.register() == null) return blocked(call, id);
        RegisterEntry entry = checked.register().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (entry == null) {
            // its file is there but has errors, so it did not load: say that, not that it does not exist
            if (hasErrorsInFileOf(checked, id)) return blocked(call, id);
            String near = Suggestions.closest(id, checked.register().entries().stream().map(RegisterEntry::id).toList());
            if (near != null) throw new UsageException("cli.infotext.unknown.suggest", id, near);
            throw new UsageException("cli.infotext.unknown", id);
        }
        boolean ownErrors = checked.diagnostics().sorted().stream()
                .anyMatch(d -> d.isError() && d.position().file().equals(entry.sourceFile()));
        if (ownErrors) return blocked(call, id);
        RenderContext context = new RenderContext(checked.register(), checked.findings(), call.today(),
                new Templates(templates, call.workingDirectory()), new Diagnostics());
        ChannelTexts texts = context.infoTexts().of(entry.channel());
        String platform = call.get(PLATFORM);
        if (platform == null) {
            call.out().print(withNewline(texts.full()));
            return ExitCode.OK;
        }
        if (entry.channel().platform().bioLimit() == 0) {
            throw new UsageException("cli.infotext.no-bio-field", id, entry.channel().platformDisplayName());
        }
        if (texts.shorts().isEmpty()) {
            call.err().println(Diagnostic.error(SourcePosition.of(context.templates().shownName(InfoTexts.BIO_TEMPLATE)),
                    "infotext.bio-empty.channel", id).format(call.messages()));
            return ExitCode.CONTENT_ERRORS;
        }
        String wanted = platform.toLowerCase(Locale.ROOT);
        ShortText text = texts.shorts().stream().filter(t -> t.platform().id().equals(wanted)).findFirst().orElse(null);
        if (text == null) {
            List<String> choices = texts.shorts().stream().map(t -> t.platform().id()).toList();
            String near = Suggestions.closest(wanted, choices);
            if (near != null) throw new UsageException("cli.infotext.no-short.suggest", platform, near);
            throw new UsageException("cli.infotext.no-short", platform, String.join(", ", choices));
        }
        call.out().print(withNewline(text.text()));
        call.err().println(call.messages().format(text.fits() ? "cli.infotext.length" : "cli.infotext.too-long",
                text.length(), text.limit(), text.platform().displayName()));
        return text.fits() ? ExitCode.OK : ExitCode.CONTENT_ERRORS;
    }

    /** The channel's own file (or organisation.yaml) has errors, printed above: say why nothing follows. */
    private static ExitCode blocked(Invocation call, String id) {
        call.err().println(call.messages().format("cli.infotext.blocked", id));
        return ExitCode.CONTENT_ERRORS;
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
