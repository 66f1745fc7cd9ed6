package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Messages;

/**
 * A build that fails with an {@link Error}, not an exception: the preview says so like any
 * other failure, in the terminal and on the page, instead of losing it on the build thread.
 */
class BuildFaultTest {

    private static final String CRASH = ContentDir.CHANNEL + "# KRASCH\n";

    @TempDir
    Path tmp;

    private ContentDir content;
    private Preview preview;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    @Test
    void anErrorInARebuildIsReportedAndThePreviewGoesOn() throws Exception {
        start(StackOverflowError::new);
        String good = preview.status().id();
        content.write("content/channels/kultur.yaml", CRASH);
        Eventually.until("a build after the change", () -> !preview.status().id().equals(good));

        String fault = "programfel (inte ditt fel): java.lang.StackOverflowError — rapportera det till projektet med"
                + " kommandot du körde";
        assertFalse(preview.status().report().ok());
        String page = new Http(preview.url()).get("/").body();
        assertTrue(page.contains("<li><code>kanalregister</code> " + fault + "</li>"), page);
        assertTrue(err().contains("kanalregister: " + fault + "\n"), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
        assertTrue(out().contains(" Bygget misslyckades med 1 fel."), out());

        String failed = preview.status().id();
        content.write("content/channels/kultur.yaml", ContentDir.CHANNEL);
        Eventually.until("a build after the fix", () -> !preview.status().id().equals(failed));
        assertTrue(preview.status().report().ok(), "the preview still builds: " + preview.status().report());
        assertFalse(preview.crashed());
    }

    @Test
    void outOfMemoryIsReportedAndThenStopsThePreview() throws Exception {
        start(() -> new OutOfMemoryError("Java heap space"));
        content.write("content/channels/kultur.yaml", CRASH);
        Eventually.until("the preview stops", preview::crashed);
        preview.awaitStop();  // returns: the command ends, with the exit code of a program fault
        String told = "kanalregister: minnet räckte inte till — ge Java mer minne, till exempel med"
                + " JAVA_TOOL_OPTIONS=-Xmx2g, och kör kommandot igen\n";
        assertTrue(err().contains(told), err());
        assertEquals(1, err().split("minnet räckte inte", -1).length - 1, "reported once: " + err());
    }

    @Test
    void outOfMemoryInTheFirstBuildServesNothing() throws Exception {
        content = ContentDir.valid(tmp).write("content/channels/kultur.yaml", CRASH);
        start(() -> new OutOfMemoryError("Java heap space"));
        assertTrue(preview.crashed());
        preview.awaitStop();
        assertTrue(err().startsWith("kanalregister: minnet räckte inte till — ge Java mer minne"), err());
        assertFalse(out().contains("Förhandsgranska på"), "no address to open: " + out());
        preview.close();
        assertTrue(out().endsWith("Förhandsgranskningen är stoppad.\n"), out());
    }

    /** A real build, except that it throws {@code error} while the channel file says KRASCH. */
    private void start(Supplier<Error> error) throws IOException, InterruptedException {
        if (content == null) content = ContentDir.valid(tmp);
        PreviewSettings settings = new PreviewSettings(tmp.resolve("content"), tmp.resolve("templates"), tmp.resolve("site"), 0,
                LocalDate.of(2026, 11, 21), false, tmp, CliRun.CLOCK);
        Messages sv = Messages.forLanguage("sv");
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), sv, false, false, CliRun.CLOCK);
        SiteBuild real = new SiteBuild(settings, sv, BuildProgress.NONE);
        Function<Set<Path>, BuildReport> build = changed -> {
            try {
                if (Files.readString(tmp.resolve("content/channels/kultur.yaml")).contains("KRASCH")) throw error.get();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return real.run(changed);
        };
        preview = Preview.start(settings, sv, terminal, build);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
