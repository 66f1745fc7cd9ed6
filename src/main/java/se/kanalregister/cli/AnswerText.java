package se.kanalregister.cli;

import java.util.List;
import se.kanalregister.account.Answer;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.text.Messages;

/** {@code verify}'s answer as text for a person: the verdict, then the channels to compare addresses with. */
final class AnswerText {

    private final Messages messages;

    AnswerText(Messages messages) {
        this.messages = messages;
    }

    String of(Answer a, String query, Register register, SiteAddress site) {
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

    private AnswerText line(StringBuilder b, String text) {
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
}
