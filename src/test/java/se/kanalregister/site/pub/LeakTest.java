package se.kanalregister.site.pub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/**
 * Every internal field of the fixture public-canary holds the word KANARIEFAGEL. Not one
 * byte or path of public/ may contain it, nor may the info texts (which are copied into
 * the channels) on the internal page.
 */
class LeakTest {

    private static final String CANARY = "kanariefagel";

    @Test
    void noInternalFieldReachesThePublicSiteOrAnInfoText(@TempDir Path out) throws IOException {
        Sites.build("public-canary", out);
        List<String> leaks = new ArrayList<>();
        scan(out.resolve("public"), leaks);
        scan(out.resolve("internal").resolve("infotexter"), leaks);
        assertEquals(List.of(), leaks);
    }

    private static void scan(Path root, List<String> leaks) throws IOException {
        List<String> files = Sites.files(root);
        if (files.isEmpty()) leaks.add("nothing was written to " + root);
        for (String f : files) {
            if (f.toLowerCase().contains(CANARY)) leaks.add("path " + f);
            String text = new String(Files.readAllBytes(root.resolve(f)), StandardCharsets.UTF_8).toLowerCase();
            if (text.contains(CANARY)) leaks.add(root.getFileName() + "/" + f);
        }
    }
}
