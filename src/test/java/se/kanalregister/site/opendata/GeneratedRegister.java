package se.kanalregister.site.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Platform;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.Status;
import se.kanalregister.render.Templates;
import se.kanalregister.site.Output;
import se.kanalregister.site.RenderContext;

/**
 * A register made by code rather than read from files: every platform and status, channels
 * with and without optional values (one without a known start, as issue 18 allows), and
 * texts that need escaping. Its open data is written with the built-in templates.
 */
final class GeneratedRegister {

    private GeneratedRegister() {}

    /** Writes the open-data files of a generated register of {@code n} channels into {@code out}. */
    static Path write(Path out, int n) throws IOException {
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Channel c = channel(i);
            entries.add(new RegisterEntry(c, InternalInfo.NONE, "channels/" + c.id() + ".yaml"));
        }
        Register register = new Register(TestChannels.organisation("212000-0000", "kontakt@stora.se", "1234567"), entries,
                List.of(), List.of());
        RenderContext context = new RenderContext(register, List.of(), LocalDate.of(2026, 11, 21),
                new Templates(null, Path.of("")), new Diagnostics());
        Output output = new Output(out);
        new OpenData().writeSharedPages(context, output, output);
        return out;
    }

    private static Channel channel(int i) {
        Platform platform = Platform.values()[i % Platform.values().length];
        Status status = Status.values()[i % Status.values().length];
        String id = String.format("kanal-%03d", i);
        LocalDate started = i == 1 ? null : LocalDate.of(2010, 1, 1).plusDays(37L * i);
        LocalDate ended = status == Status.ACTIVE ? null : LocalDate.of(2025, 1, 1).plusDays(i);
        Contact contact = i % 2 == 0 ? Contact.NONE : new Contact(id + "@stora.se", "010-100 00 " + i,
                "https://www.stora.se/kontakt/" + id, null, null);
        return new Channel(id, "Namn \"" + i + "\" <&> " + id, i % 5 == 0 ? "se" : null, platform,
                platform == Platform.OTHER ? "WhatsApp" : null, "https://example.org/" + id, i % 3 == 0 ? null : "@" + id,
                "Enhet " + i, i % 4 == 0 ? null : "Kommunikatör", "Syfte\nmed radbrytning och \u2028 " + id,
                i % 2 == 0 ? List.of() : List.of("Unga | vuxna", "Äldre"), i % 7 == 0, List.of("sv", "en"), i % 2 == 0,
                i % 3 != 0, contact, status, started, ended, status == Status.ACTIVE ? null : "https://www.stora.se/ny",
                i % 2 == 0 ? List.of() : List.of(TestChannels.history("2024-02-29", "Bytte namn")), null);
    }
}
