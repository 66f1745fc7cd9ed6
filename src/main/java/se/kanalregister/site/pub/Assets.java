package se.kanalregister.site.pub;

import java.io.IOException;
import java.util.List;
import se.kanalregister.render.Templates;
import se.kanalregister.site.Output;

/** The style sheet and the script, copied as they are from the templates (a user's copy first). */
final class Assets {

    static final List<String> FILES = List.of("assets/site.css", "assets/site.js");

    private Assets() {}

    static void write(Templates templates, Output out) throws IOException {
        for (String f : FILES) out.write(f, templates.text(f));
    }
}
