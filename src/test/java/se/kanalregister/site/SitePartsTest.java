package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.Kanalregister;
import se.kanalregister.SiteParts;
import se.kanalregister.check.Checked;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.render.Templates;
import se.kanalregister.site.state.OutputPrint;

class SitePartsTest {

    /** Else a build would parse the missing one after the content is checked, on the build's own time. */
    @Test
    void theTemplatesParsedAheadAreEveryOneABuildRenders(@TempDir Path out) throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 21);
        Checked checked = new Kanalregister(Path.of("")).check(Path.of("content"), today);
        Templates templates = new Templates(null, Path.of(""));
        assertNotNull(SiteBuilder.buildAll(SiteParts.ALL, new RenderContext(checked.register(), checked.findings(), today,
                templates, checked.diagnostics(), PageScope.everything()), out, false, BuildProgress.NONE, new OutputPrint()));

        Set<String> rendered = new TreeSet<>(templates.parsed());
        Set<String> ahead = new TreeSet<>(SiteParts.ALL.templates());
        ahead.removeAll(Set.of("layout.ftlh", "public/lib.ftlh", "internal/frame.ftlh"));  // imported, not rendered
        assertEquals(ahead, rendered);
    }

    /**
     * A rebuild of a channel replaces its folders whole, which is right only if every file its
     * pages make lies in one of them, and in no other channel's.
     */
    @Test
    void everyFileOfAChannelsPagesLiesInItsOwnFolders(@TempDir Path out) throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 21);
        Checked checked = new Kanalregister(Path.of("")).check(Path.of("content"), today);
        RenderContext context = new RenderContext(checked.register(), checked.findings(), today,
                new Templates(null, Path.of("")), checked.diagnostics(), PageScope.everything());
        int files = 0;
        for (SitePart part : SiteParts.ALL.make()) {
            List<String> written = Collections.synchronizedList(new ArrayList<>());
            part.writeChannelPages(context, new Output(out.resolve("public"), (p, f) -> written.add("public/" + p)),
                    new Output(out.resolve("internal"), (p, f) -> written.add("internal/" + p)));
            for (String file : written) {
                List<String> owners = new ArrayList<>();
                for (RegisterEntry e : checked.register().entries()) {
                    for (String folder : part.channelFolders(checked.register().organisation(), e.id())) {
                        if (file.startsWith(folder)) owners.add(e.id());
                    }
                }
                assertEquals(1, owners.size(), () -> file + " lies in the folders of " + owners);
            }
            files += written.size();
        }
        assertTrue(files > 6 * checked.register().entries().size(), "sv and en pages, info.txt and the handbook page: " + files);
    }
}
