package se.kanalregister.account;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.kanalregister.model.Channel;

/**
 * The channels' {@link ChannelIdentities} for one build, each address read once, when first
 * asked: the directory and the channel page of every edition and verifiering.json all ask,
 * and reading an address was a tenth of a build's CPU when each asked anew. Thread-safe.
 */
public final class RegisterIdentities {

    /** A channel and its identities; the instance is compared, since a record's equals would compare every field. */
    private record Known(Channel channel, List<Identity> identities) {}

    private final Map<String, Known> byId = new ConcurrentHashMap<>();

    /** The identities of {@code c}, as {@link ChannelIdentities#of}. */
    public List<Identity> of(Channel c) {
        Known known = byId.get(c.id());
        if (known == null || known.channel() != c) {
            known = new Known(c, ChannelIdentities.of(c));
            byId.put(c.id(), known);  // two threads may read the same address at once: both get equal lists
        }
        return known.identities();
    }
}
