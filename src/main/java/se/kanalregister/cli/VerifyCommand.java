package se.kanalregister.cli;

import java.util.List;
import se.kanalregister.Kanalregister;
import se.kanalregister.account.Answer;
import se.kanalregister.account.Verifier;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.render.JsonWriter;
import se.kanalregister.text.Messages;

/**
 * {@code verify <address-or-handle> [--format text|json]}: the "Är kontot äkta?" answer from
 * the register's sources, by the same rules as the directory's box. Exit 0 when the account is
 * an official, active one; 1 for every other answer; 2 for a usage mistake.
 */
final class VerifyCommand implements Command {

    static final Option<String> FORMAT = Option.<String>valued("--format", "json", "text", VerifyCommand::format)
            .completing(List.of("text", "json"));

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(FORMAT, CommonOptions.CONTENT, CommonOptions.TODAY);
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    private static String format(String value) throws UsageException {
        if (!value.equals("text") && !value.equals("json")) throw new UsageException("cli.verify.format", value);
        return value;
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        List<String> a = call.arguments().positional();
        if (a.size() != 1) throw new UsageException("cli.verify.usage");  // told before the register is read
        String query = a.get(0);
        Checked checked = new Kanalregister(call.workingDirectory()).check(PathGuards.content(call), call.today());
        // an answer to read or to parse: the register's warnings would only be in the way
        Report.print(call, checked, true, false);
        Register register = checked.register();
        if (register == null) return ExitCode.CONTENT_ERRORS;
        Answer answer = new Verifier(register.channels()).answer(query);
        SiteAddress site = SiteAddress.of(register.organisation());
        if (call.get(FORMAT).equals("json")) call.out().print(json(answer, site));
        else call.out().print(new AnswerText(call.messages()).of(answer, query, register, site));
        return answer.result() == Answer.Result.OFFICIAL ? ExitCode.OK : ExitCode.CONTENT_ERRORS;
    }

    static String json(Answer a, SiteAddress site) {
        JsonWriter w = JsonWriter.plain().beginObject().member("result", a.result().id());
        channels(w.name("channels"), a.channels(), site);
        channels(w.name("lookalike"), a.lookalike(), site);
        channels(w.name("listed"), a.listed(), site);
        w.name("platforms").values(a.platforms());
        return w.member("reason", a.reason()).endObject().text() + "\n";
    }

    private static void channels(JsonWriter w, List<Channel> channels, SiteAddress site) {
        w.beginArray();
        for (Channel c : channels) {
            w.beginObject().member("id", c.id()).member("platform", c.platform().id()).member("status", c.status().id())
                    .member("url", c.url()).member("page_url", site.absolute(Layout.channelPage(c.id()))).endObject();
        }
        w.endArray();
    }
}
