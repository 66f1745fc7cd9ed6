package se.kanalregister.check;

import java.util.HashMap;
import java.util.Map;
import se.kanalregister.account.ChannelIdentities;
import se.kanalregister.account.Identity;
import se.kanalregister.account.RegisterIdentities;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Document;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;

/**
 * Rules across files: one id per channel, one channel per account (compared by
 * {@link ChannelIdentities}, as residents' look-ups compare, so that two spellings of one
 * account are one, and two pages known only by their numeric ids are two), and page names
 * that do not clash with the tool's own.
 */
public final class DuplicateCheck {

    private DuplicateCheck() {}

    public static void run(Register register, Diagnostics diagnostics) {
        run(register, new RegisterIdentities(), diagnostics);
    }

    /** @param identities where each channel's identities are read once, for the pages to reuse */
    public static void run(Register register, RegisterIdentities identities, Diagnostics diagnostics) {
        Map<String, RegisterEntry> byId = new HashMap<>();
        Map<String, RegisterEntry> byAccount = new HashMap<>();
        for (RegisterEntry e : register.entries()) {
            RegisterEntry first = byId.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(SourcePosition.startOf(e.sourceFile()), "channel.duplicate-id", e.id(), first.sourceFile());
            }
            for (Identity account : identities.of(e.channel())) {
                RegisterEntry same = byAccount.putIfAbsent(account.id(), e);
                if (same != null && same != e) {
                    diagnostics.error(e.urlAt(), "channel.duplicate-url", e.channel().url(), same.urlAt(), same.channel().url());
                    break;
                }
            }
        }
        for (Document d : register.pages()) {
            if (Layout.RESERVED_PUBLIC.contains(d.slug())) {
                diagnostics.error(SourcePosition.startOf(d.sourceFile()), "page.reserved", d.slug());
            }
        }
    }
}
