package se.kanalregister.site.handbook;

import java.io.IOException;
import se.kanalregister.render.RenderContext;
import se.kanalregister.site.Output;
import se.kanalregister.site.SitePart;

/** The internal handbook, register and compliance report. (Being written.) */
public final class Handbook implements SitePart {

    @Override
    public void write(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
    }
}
