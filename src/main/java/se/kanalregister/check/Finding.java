package se.kanalregister.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.text.Message;

/** One compliance problem of one channel, with the facts that show it. */
public record Finding(RegisterEntry entry, ComplianceRule rule, Message message) {

    /** {@code findings} by channel id, each channel's in their order; a channel without findings is absent. */
    public static Map<String, List<Finding>> byChannel(List<Finding> findings) {
        Map<String, List<Finding>> out = new HashMap<>();
        for (Finding f : findings) out.computeIfAbsent(f.entry().id(), k -> new ArrayList<>()).add(f);
        return out;
    }
}
