package se.kanalregister.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.HistoryEntry;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Platform;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.Status;
import se.kanalregister.text.Suggestions;

/** Builds a {@link RegisterEntry} from one channel file, checking the rules that span fields. */
final class ChannelReader {

    private final Diagnostics diagnostics;

    ChannelReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param organisationLanguage the default for {@code languages}
     * @param authorities          the ids a channel may name in {@code authority}
     * @return the entry, or null when a required value is missing (reported)
     */
    RegisterEntry read(String id, YamlNode root, String sourceFile, String organisationLanguage,
                       List<String> authorities) {
        Fields f = new FieldReader(diagnostics).readRoot(root, Schemas.CHANNEL);
        if (f == null) return null;
        Platform platform = f.text("platform") == null ? null : Platform.byId(f.text("platform"));
        Status status = f.rejected("status") ? null : f.has("status") ? Status.byId(f.text("status")) : Status.ACTIVE;
        LocalDate started = f.date("started"); // null: nobody knows, and nothing stands in for it
        LocalDate ended = f.date("ended");
        if (platform == Platform.OTHER && f.text("platform_name") == null) {
            diagnostics.error(f.position("platform"), "channel.platform-name.missing");
        }
        if (started != null && ended != null && ended.isBefore(started)) { // only two known dates can disagree
            diagnostics.error(f.position("ended"), "channel.ended-before-started", ended, started);
        }
        if (status == Status.ACTIVE && f.has("ended")) {
            diagnostics.error(f.position("ended"), "channel.ended-but-active", ended);
        }
        List<HistoryEntry> history = history(f);
        String authority = f.text("authority");
        if (authority != null && !authorities.contains(authority)) {
            String near = Suggestions.closest(authority, authorities);
            if (near != null) diagnostics.error(f.position("authority"), "channel.authority.unknown.suggest", authority, near);
            else diagnostics.error(f.position("authority"), "channel.authority.unknown", authority, authorities.isEmpty()
                    ? "–" : String.join(", ", authorities));
        }
        if (f.text("name") == null || platform == null || f.text("url") == null || f.text("unit") == null
                || f.text("purpose") == null || status == null) {
            return null;
        }
        Fields c = f.mapping("contact");
        Contact contact = c == null ? Contact.NONE : new Contact(c.text("email"), c.text("phone"), c.text("url"), null, null);
        List<String> languages = f.list("languages").isEmpty() ? List.of(organisationLanguage) : f.list("languages");
        Channel channel = new Channel(id, f.text("name"), f.text("name_language"), platform, f.text("platform_name"),
                f.text("url"), f.text("handle"), f.text("unit"), f.text("responsible"), f.text("purpose"),
                f.list("audience"), f.yesNo("central", false), languages, f.yesNo("comments", true),
                f.yesNo("messages", true), contact, status, started, ended, f.text("successor"), history,
                authority);
        AccountCheck.run(channel, f.position("url"), f.has("handle") ? f.position("handle") : f.position("url"), diagnostics);
        return new RegisterEntry(channel, internal(f.mapping("internal")), sourceFile, f.position("url"));
    }

    private static List<HistoryEntry> history(Fields f) {
        List<HistoryEntry> out = new ArrayList<>();
        for (Fields h : f.mappings("history")) {
            if (h.date("date") != null && h.text("text") != null) out.add(new HistoryEntry(h.date("date"), h.text("text")));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    private static InternalInfo internal(Fields i) {
        if (i == null) return InternalInfo.NONE;
        return new InternalInfo(i.text("owner"), i.text("deputy"), i.list("admins"), i.text("approved_by"),
                i.date("approved_on"), i.date("last_snapshot"), i.date("last_activity"), i.text("retention"),
                i.text("notes"));
    }
}
