package se.kanalregister.site.pub;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Golden;
import se.kanalregister.testing.Sites;

/**
 * Whole pages of the fixture register public-small against reviewed files under
 * src/test/resources/golden/public. After an intended change: mvn test -Dgolden.update=true,
 * then review the diff.
 */
class PublicSiteGoldenTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Sites.build("public-small", out);
    }

    private static void assertPage(String path) throws IOException {
        Golden.assertMatches("public/" + path, Sites.read(out.resolve("public"), path));
    }

    @Test
    void directory() throws IOException {
        assertPage("index.html");
    }

    @Test
    void directoryInEnglish() throws IOException {
        assertPage("en/index.html");
    }

    @Test
    void channelPageWithNameInSami() throws IOException {
        assertPage("kanaler/smaby-instagram/index.html");
    }

    @Test
    void channelPageInEnglish() throws IOException {
        assertPage("en/kanaler/smaby-instagram/index.html");
    }

    @Test
    void closedChannelPage() throws IOException {
        assertPage("kanaler/smaby-x/index.html");
    }

    @Test
    void rulesPage() throws IOException {
        assertPage("regler/index.html");
    }

    @Test
    void accessibilityStatement() throws IOException {
        assertPage("tillganglighet/index.html");
    }

    @Test
    void contentPage() throws IOException {
        assertPage("om-registret/index.html");
    }

    @Test
    void fullInfoText() throws IOException {
        assertPage("kanaler/smaby-facebook/info.txt");
    }

    @Test
    void fullInfoTextWithCommentsAndMessagesOff() throws IOException {
        assertPage("kanaler/raddning-whatsapp/info.txt");
    }

    @Test
    void shortInfoText() throws IOException {
        assertPage("kanaler/smaby-instagram/bio.txt");
    }

    @Test
    void internalInfoTextsPage() throws IOException {
        Golden.assertMatches("public/internal/infotexter/index.html",
                Sites.read(out.resolve("internal"), "infotexter/index.html"));
    }
}
