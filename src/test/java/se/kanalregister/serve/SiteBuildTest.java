package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Messages;

class SiteBuildTest {

    @TempDir
    Path tmp;

    /** Writes down what it is told, as "step files". */
    private static final class Recorder implements BuildProgress {
        final List<String> told = new ArrayList<>();

        @Override
        public void checking() {
            told.add("checking");
        }

        @Override
        public void writing(String step, IntSupplier filesWritten) {
            told.add(step + " " + filesWritten.getAsInt());
        }

        @Override
        public void finished() {
            told.add("finished");
        }
    }

    @Test
    void onlyTheFirstBuildShowsProgressAndItIsFinishedBeforeTheReport() throws Exception {
        ContentDir.valid(tmp);
        PreviewSettings settings = new PreviewSettings(tmp.resolve("content"), tmp.resolve("templates"), tmp.resolve("site"), 0,
                LocalDate.of(2026, 11, 21), false, tmp, CliRun.CLOCK);
        Recorder progress = new Recorder();
        SiteBuild build = new SiteBuild(settings, Messages.forLanguage("sv"), progress);

        BuildReport first = build.run();
        assertTrue(first.ok(), first.errors().toString());
        List<String> told = progress.told;
        assertEquals("checking", told.get(0));
        assertTrue(told.size() > 4, "every step of writing: " + told);
        assertEquals("swap " + first.files(), told.get(told.size() - 2), "the count is of every file written");
        assertEquals("finished", told.get(told.size() - 1), "finished before the report goes to the Terminal");

        int toldAfterFirst = progress.told.size();
        assertTrue(build.run().ok());
        assertEquals(toldAfterFirst, progress.told.size(), "a rebuild after an edit is shown by the Terminal alone");
    }
}
