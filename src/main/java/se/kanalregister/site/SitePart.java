package se.kanalregister.site;

import java.io.IOException;
import se.kanalregister.render.RenderContext;

/** One part of the site (the public directory, the handbook, the open data files …). */
public interface SitePart {

    /** Writes this part's files into the public and/or internal output. */
    void write(RenderContext context, Output publicOutput, Output internalOutput) throws IOException;
}
