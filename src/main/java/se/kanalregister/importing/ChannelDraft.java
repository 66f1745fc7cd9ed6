package se.kanalregister.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.model.Platform;

/**
 * One imported account as a channel file: which fields the source filled, and which are left
 * for a person to fill in. The platform is the one the source names, read as the register
 * reads it ({@code Tik tok}, {@code Twitter} → x), or else the one the address's host belongs to.
 *
 * @param platform     null when neither the source nor the address tells
 * @param platformName the platform as shown in the summary, or null
 */
record ChannelDraft(ImportedAccount account, Platform platform, String otherPlatformName, String platformName,
                    List<String> missing) {

    static ChannelDraft of(ImportedAccount a, List<Diagnostic> diagnostics) {
        Platform platform = null;
        String otherName = null;
        Platform ofHost = AccountLinks.platformOfAddress(a.url());
        if (a.platform() != null) {
            platform = Platform.byWrittenName(a.platform());
            if (platform == null && ofHost != null) {
                // "Facebook-sida", "Insta": the address tells which platform was meant
                platform = ofHost;
                diagnostics.add(Diagnostic.warning(a.from(), "import.platform.from-address", a.platform(), ofHost.id()));
            } else if (platform == null) {
                platform = Platform.OTHER;
                otherName = a.platform();
            } else if (Platform.isFormerXName(a.platform())) {
                diagnostics.add(Diagnostic.warning(a.from(), "import.platform.former-x", a.platform()));
            }
        }
        if (platform == null) platform = ofHost;
        List<String> missing = new ArrayList<>();
        if (a.name() == null) missing.add("name");
        if (platform == null) missing.add("platform");
        if (a.unit() == null) missing.add("unit");
        if (a.purpose() == null) missing.add("purpose");
        if (Dates.parse(a.started()) == null) missing.add("started");
        if (a.closed() && Dates.parse(a.ended()) == null) missing.add("ended");
        String shown = platform == null ? null : otherName != null ? otherName : platform.displayName();
        return new ChannelDraft(a, platform, otherName, shown, missing);
    }

    /** The file's text: the scaffold with every value the source gave. */
    String text(String scaffold) {
        ImportedAccount a = account;
        LocalDate started = Dates.parse(a.started());
        LocalDate ended = Dates.parse(a.ended());
        List<String> notes = new ArrayList<>();
        // "maj 2019" is worth keeping for whoever finds the exact date; "okänt" or "?" is not
        if (a.started() != null && started == null && a.started().matches(".*\\d.*")) {
            notes.add("Startdatum enligt källan: " + a.started());
        }
        if (a.notes() != null) notes.add("Kontaktuppgifter enligt källan: " + a.notes());
        ChannelFileText file = new ChannelFileText()
                .set("name", a.name())
                .setPlain("platform", platform == null ? null : platform.id())
                .set("platform_name", otherPlatformName)
                .set("url", a.url())
                .set("handle", a.handle())
                .set("unit", a.unit())
                .set("purpose", a.purpose());
        // a date nobody knows stays empty: the register then says "startdatum okänt", never a made-up date
        if (started != null) file.setPlain("started", started.toString());
        else file.clear("started");
        if (a.closed()) file.setPlain("status", "closed").setPlain("ended", ended == null ? null : ended.toString());
        file.set("internal.owner", a.person());
        if (!notes.isEmpty()) file.set("internal.notes", String.join(". ", notes));
        return file.fill(scaffold);
    }
}
