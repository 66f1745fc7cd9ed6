package se.kanalregister.site;

import java.util.List;
import se.kanalregister.site.handbook.Handbook;
import se.kanalregister.site.opendata.OpenData;
import se.kanalregister.site.pub.PublicSite;

/** Every part a build writes, in a fixed order. */
final class SiteParts {

    private SiteParts() {}

    static List<SitePart> all() {
        return List.of(new PublicSite(), new Handbook(), new OpenData());
    }
}
