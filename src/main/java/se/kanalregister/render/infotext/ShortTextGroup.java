package se.kanalregister.render.infotext;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The short texts of a channel grouped by text, in the order each text first appears. A
     * channel has a handful of short texts, so a scan of the groups so far beats a hash map.
     */
    public static List<ShortTextGroup> of(List<ShortText> shorts) {
        List<List<ShortText>> groups = new ArrayList<>(4);
        for (int i = 0; i < shorts.size(); i++) {
            ShortText s = shorts.get(i);
            List<ShortText> group = null;
            for (int g = 0; g < groups.size() && group == null; g++) {
                if (groups.get(g).get(0).text().equals(s.text())) group = groups.get(g);
            }
            if (group == null) groups.add(group = new ArrayList<>(shorts.size()));
            group.add(s);
        }
        List<ShortTextGroup> out = new ArrayList<>(groups.size());
        for (List<ShortText> g : groups) out.add(new ShortTextGroup(g.get(0).text(), g.get(0).length(), g));
        return out;
    }
}
