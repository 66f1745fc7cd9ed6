package se.kanalregister.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Platform;
import se.kanalregister.render.RenderContext;
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

    /** @param displayBase the working directory, for naming a broken template file */
    int run(Kanalregister.Checked checked, Path templates, Path displayBase, LocalDate today, Options o)
            throws UsageException, IOException {
        if (o.arguments().size() != 1) throw new UsageException("cli.infotext.usage");
        String id = o.arguments().get(0);
        List<String> ids = checked.register().channels().stream().map(Channel::id).toList();
        Channel channel = checked.register().channels().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (channel == null) {
            String near = Suggestions.closest(id, ids);
            if (near != null) throw new UsageException("cli.infotext.unknown.suggest", id, near);
            throw new UsageException("cli.infotext.unknown", id);
        }
        RenderContext context = new RenderContext(checked.register(), checked.findings(), today, new Templates(templates, displayBase),
                new Diagnostics());
        ChannelTexts texts = new InfoTexts(context).of(channel);
        if (o.platform() == null) {
            out.print(withNewline(texts.full()));
            return Main.OK;
        }
        Platform platform = Platform.byId(o.platform());
        ShortText text = platform == null ? null
                : texts.shorts().stream().filter(t -> t.platform() == platform).findFirst().orElse(null);
        if (text == null) {
            List<String> choices = texts.shorts().stream().map(t -> t.platform().id()).toList();
            throw new UsageException("cli.infotext.no-short", o.platform(), choices);
        }
        out.print(withNewline(text.text()));
        err.println(messages.format(text.fits() ? "cli.infotext.length" : "cli.infotext.too-long",
                text.length(), text.limit(), platform.displayName()));
        return text.fits() ? Main.OK : Main.CONTENT_ERRORS;
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
