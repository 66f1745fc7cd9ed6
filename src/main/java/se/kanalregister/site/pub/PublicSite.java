package se.kanalregister.site.pub;

import java.io.IOException;
import se.kanalregister.render.RenderContext;
import se.kanalregister.site.Output;
import se.kanalregister.site.SitePart;

/** The public directory, channel pages, info texts. (Being written.) */
public final class PublicSite implements SitePart {

    @Override
    public void write(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
    }
}
