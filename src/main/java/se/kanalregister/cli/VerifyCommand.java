package se.kanalregister.cli;

import java.io.PrintStream;
import java.util.List;
import se.kanalregister.account.Answer;
import se.kanalregister.account.Verifier;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.text.JsonStrings;
import se.kanalregister.text.Messages;

/**
 * {@code verify <address-or-handle> [--format text|json]}: the "Är kontot äkta?" answer from
 * the register's sources, by the same rules as the directory's box. Exit 0 when the account is
 * an official, active one; 1 for every other answer; 2 for a usage mistake.
 */
final class VerifyCommand {

    private final PrintStream out;
    private final Messages messages;

    VerifyCommand(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    /** The text to look up; checked before the register is read, so a usage mistake is told at once. */
    static String query(Options o) throws UsageException {
        if (o.arguments().size() != 1) throw new UsageException("cli.verify.usage");
        if (o.format() != null && !o.format().equals("text") && !o.format().equals("json")) {
            throw new UsageException("cli.verify.format", o.format());
        }
        return o.arguments().get(0);
    }

    int run(Checked checked, Options o) throws UsageException {
        String query = query(o);
        Register register = checked.register();
        if (register == null) return Main.CONTENT_ERRORS;
        Answer answer = new Verifier(register.channels()).answer(query);
        SiteAddress site = SiteAddress.of(register.organisation());
        if ("json".equals(o.format())) out.print(json(answer, site));
        else out.print(text(answer, query, register, site));
        return answer.result() == Answer.Result.OFFICIAL ? Main.OK : Main.CONTENT_ERRORS;
    }

    static String json(Answer a, SiteAddress site) {
        StringBuilder b = new StringBuilder("{\n  \"result\": ").append(q(a.result().id()));
        b.append(",\n  \"channels\": ").append(channels(a.channels(), site));
        b.append(",\n  \"lookalike\": ").append(channels(a.lookalike(), site));
        b.append(",\n  \"listed\": ").append(channels(a.listed(), site));
        b.append(",\n  \"platforms\": [");
        for (int i = 0; i < a.platforms().size(); i++) b.append(i > 0 ? ", " : "").append(q(a.platforms().get(i)));
        b.append("],\n  \"reason\": ").append(a.reason() == null ? "null" : q(a.reason()));
        return b.append("\n}\n").toString();
    }

    private static String channels(List<Channel> channels, SiteAddress site) {
        if (channels.isEmpty()) return "[]";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            b.append(i > 0 ? "," : "").append("\n    {\"id\": ").append(q(c.id()))
                    .append(", \"platform\": ").append(q(c.platform().id()))
                    .append(", \"status\": ").append(q(c.status().id()))
                    .append(", \"url\": ").append(q(c.url()))
                    .append(", \"page_url\": ").append(q(site.absolute(Layout.channelPage(c.id())))).append('}');
        }
        return b.append("\n  ]").toString();
    }

    private String text(Answer a, String query, Register register, SiteAddress site) {
        String organisation = register.organisation().name();
        String email = register.organisation().contact().email();
        StringBuilder b = new StringBuilder();
        switch (a.result()) {
            case OFFICIAL -> line(b, messages.format("cli.verify.official", query, organisation)).list(b, a.channels(), site);
            case CLOSED -> line(b, messages.format("cli.verify.closed", query, organisation)).list(b, a.channels(), site);
            case TRANSFERRED -> line(b, messages.format("cli.verify.transferred", query, organisation)).list(b, a.channels(), site);
            case NOT_FOUND -> {
                line(b, messages.format("cli.verify.not-found", query, organisation));
                if ("imitation".equals(a.reason())) line(b, messages.get("cli.verify.imitation"));
                if (!a.lookalike().isEmpty()) line(b, messages.get("cli.verify.lookalike")).list(b, a.lookalike(), site);
                if (!a.listed().isEmpty()) line(b, messages.get("cli.verify.listed")).list(b, a.listed(), site);
                line(b, email == null ? messages.get("cli.verify.report.plain") : messages.format("cli.verify.report", email));
            }
            case UNRECOGNISED -> {
                line(b, messages.format("cli.verify." + a.reason(), query));
                if (!a.channels().isEmpty()) line(b, messages.get("cli.verify.name.matches")).list(b, a.channels(), site);
            }
        }
        return b.toString();
    }

    private VerifyCommand line(StringBuilder b, String text) {
        b.append(text).append('\n');
        return this;
    }

    private void list(StringBuilder b, List<Channel> channels, SiteAddress site) {
        for (Channel c : channels) {
            b.append("  - ").append(c.platformDisplayName()).append(": ").append(c.name()).append(" — ").append(c.url());
            if (c.ended() != null) b.append(" (").append(messages.get("status." + c.status().id())).append(' ').append(c.ended()).append(')');
            if (c.successor() != null) b.append(" → ").append(c.successor());
            b.append("\n    ").append(site.absolute(Layout.channelPage(c.id()))).append('\n');
        }
    }

    private static String q(String s) {
        return JsonStrings.quote(s, JsonStrings.Target.FILE);
    }
}
