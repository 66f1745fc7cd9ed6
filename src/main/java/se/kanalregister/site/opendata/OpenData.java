package se.kanalregister.site.opendata;

import java.io.IOException;
import se.kanalregister.render.RenderContext;
import se.kanalregister.site.Output;
import se.kanalregister.site.SitePart;

/** The open-data files and feeds. (Being written.) */
public final class OpenData implements SitePart {

    @Override
    public void write(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
    }
}
