package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.Kanalregister;
import se.kanalregister.SiteParts;
import se.kanalregister.check.Checked;
import se.kanalregister.render.Templates;

class SitePartsTest {

    /** Else a build would parse the missing one after the content is checked, on the build's own time. */
    @Test
    void theTemplatesParsedAheadAreEveryOneABuildRenders(@TempDir Path out) throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 21);
        Checked checked = new Kanalregister(Path.of("")).check(Path.of("content"), today);
        Templates templates = new Templates(null, Path.of(""));
        assertNotNull(SiteBuilder.buildAll(SiteParts.ALL, new RenderContext(checked.register(), checked.findings(), today,
                templates, checked.diagnostics(), PageScope.everything()), out, false, BuildProgress.NONE));

        Set<String> rendered = new TreeSet<>(templates.parsed());
        Set<String> ahead = new TreeSet<>(SiteParts.ALL.templates());
        ahead.removeAll(Set.of("layout.ftlh", "public/lib.ftlh", "internal/frame.ftlh"));  // imported, not rendered
        assertEquals(ahead, rendered);
    }
}
