package se.kanalregister.account;

import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Platform;

/** The identities of a register's channel: its address's, and its handle's when that names the account otherwise. */
public final class ChannelIdentities {

    private ChannelIdentities() {}

    /** Every identity of {@code c}, the address's first; empty when the address names no account. */
    public static List<Identity> of(Channel c) {
        List<Identity> out = new ArrayList<>(2);
        Identity main = ofUrl(c);
        if (main != null) out.add(main);
        Identity handle = ofHandle(c);
        // a handle that contradicts the address (warned about on its own) must not make the channel answer for another account
        boolean contradicts = main != null && handle != null && main.platform().equals(handle.platform())
                && main.kind().equals(handle.kind());
        if (handle != null && !contradicts && !out.contains(handle)) out.add(handle);
        return List.copyOf(out);
    }

    /** The account the channel's address names, or null when it names none (a post without its account, a short link). */
    public static Identity ofUrl(Channel c) {
        return ofUrl(c, AccountParser.read(c.url()));
    }

    /** The same from the channel's address as already read: {@code r} is {@code AccountParser.read(c.url())}. */
    public static Identity ofUrl(Channel c, Reading r) {
        if (r.kind() != Reading.Kind.ADDRESS) return null;
        List<Identity> ids = r.identities();
        if (anyPlatform(c.platform())) return r.platform() != null ? ids.get(0) : ids.get(ids.size() - 1);
        for (Identity id : ids) if (id.platform().equals(c.platform().id())) return id;
        return ids.get(ids.size() - 1);
    }

    /** The account the channel's {@code handle} names on its platform, or null. */
    public static Identity ofHandle(Channel c) {
        return c.handle() == null || anyPlatform(c.platform()) ? null : AccountParser.handleOn(c.platform().id(), c.handle());
    }

    /** Blogs, podcasts and other channels may live anywhere: their address is their identity. */
    static boolean anyPlatform(Platform p) {
        return p == Platform.BLOG || p == Platform.PODCAST || p == Platform.OTHER;
    }
}
