package se.kanalregister;

import java.util.List;
import se.kanalregister.site.SiteBuilder;
import se.kanalregister.site.SitePart;
import se.kanalregister.site.handbook.Handbook;
import se.kanalregister.site.opendata.OpenData;
import se.kanalregister.site.pub.PublicSite;

/**
 * Every part a build writes, in a fixed order. Assembled here, at the front door, so that the
 * site's core knows the parts only as {@link SitePart}s and no part knows another.
 */
public final class SiteParts implements SiteBuilder.Parts {

    /** The one assembly: the public site, the handbook, the open data. */
    public static final SiteParts ALL = new SiteParts();

    private SiteParts() {}

    @Override
    public List<SitePart> make() {
        return List.of(new PublicSite(), new Handbook(), new OpenData());
    }
}
