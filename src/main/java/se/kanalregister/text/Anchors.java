package se.kanalregister.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Readable, unique ids for one page, made from names: {@code Kultur- och fritidsförvaltningen}
 * becomes {@code enhet-kultur-och-fritidsforvaltningen}, a second name with the same letters
 * gets {@code -2}. Not thread-safe; one per page.
 */
public final class Anchors {

    private final String prefix;
    private final String fallback;
    private final Set<String> used = new HashSet<>();

    /** @param fallback the name's part of the id when nothing of the name is left (only emoji, say) */
    public Anchors(String prefix, String fallback) {
        this.prefix = prefix;
        this.fallback = fallback;
    }

    /** Ids that are taken already, such as the layout's own {@code main}. */
    public Anchors reserve(String... ids) {
        used.addAll(java.util.List.of(ids));
        return this;
    }

    public String next(String name) {
        String base = prefix + Slugs.slugify(name, fallback);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }
}
