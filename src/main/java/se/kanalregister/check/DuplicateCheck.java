package se.kanalregister.check;

import java.util.HashMap;
import java.util.Map;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.text.AccountAddress;

/**
 * Rules across files: one id per channel, one channel per address (compared after the same
 * normalisation residents' look-ups use), and page names that do not clash with the tool's own.
 */
public final class DuplicateCheck {

    private DuplicateCheck() {}

    public static void run(Register register, Diagnostics diagnostics) {
        Map<String, RegisterEntry> byId = new HashMap<>();
        Map<String, RegisterEntry> byUrl = new HashMap<>();
        for (RegisterEntry e : register.entries()) {
            RegisterEntry first = byId.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(SourcePosition.startOf(e.sourceFile()), "channel.duplicate-id", e.id(), first.sourceFile());
            }
            String key = AccountAddress.normalise(e.channel().url());
            RegisterEntry sameUrl = byUrl.putIfAbsent(key, e);
            if (sameUrl != null) {
                diagnostics.error(e.urlAt(), "channel.duplicate-url", e.channel().url(), sameUrl.urlAt());
            }
        }
        for (Document d : register.pages()) {
            if (Layout.RESERVED_PUBLIC.contains(d.slug())) {
                diagnostics.error(SourcePosition.startOf(d.sourceFile()), "page.reserved", d.slug());
            }
        }
    }
}
