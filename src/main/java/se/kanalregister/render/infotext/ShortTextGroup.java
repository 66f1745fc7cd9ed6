package se.kanalregister.render.infotext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Platforms whose fields take the same short text, shown once with all of them: a channel
 * has a short text for every platform with a limit, but only a few different ones.
 *
 * @param platforms the short texts, all with this text, in the order of {@link ChannelTexts#shorts()}
 */
public record ShortTextGroup(String text, int length, List<ShortText> platforms) {

    public ShortTextGroup {
        platforms = List.copyOf(platforms);
    }

    /** True when the group holds the channel's own platform. */
    public boolean own() {
        return platforms.get(0).own();
    }

    /** The short texts of a channel grouped by text, in the order each text first appears. */
    public static List<ShortTextGroup> of(List<ShortText> shorts) {
        Map<String, List<ShortText>> byText = new LinkedHashMap<>();
        for (ShortText s : shorts) byText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s);
        List<ShortTextGroup> out = new ArrayList<>(byText.size());
        for (List<ShortText> g : byText.values()) out.add(new ShortTextGroup(g.get(0).text(), g.get(0).length(), g));
        return out;
    }
}
