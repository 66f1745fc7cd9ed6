package se.kanalregister.site.handbook;

import java.util.HashSet;
import java.util.Set;
import se.kanalregister.text.Slugs;

/**
 * Readable, unique ids for one page, made from names: {@code Kultur- och fritidsförvaltningen}
 * becomes {@code enhet-kultur-och-fritidsforvaltningen}, a second name with the same letters
 * gets {@code -2}. Not thread-safe; one per page.
 */
final class Anchors {

    private final String prefix;
    private final Set<String> used = new HashSet<>();

    Anchors(String prefix) {
        this.prefix = prefix;
    }

    String next(String name) {
        String base = prefix + Slugs.slugify(name);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }
}
