package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** One rule for a channel id: every file name {@code check} accepts, {@code build} can write. */
class ChannelIdTest {

    @Test
    void anIdThatStartsWithAHyphenIsCheckedAndBuilt(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/channels/-rf.yaml",
                ContentDir.CHANNEL.replace("kulturitestby", "rf"));
        CliRun check = d.run("check");
        assertEquals(0, check.exitCode(), check.stderr());
        CliRun build = d.run("build", "--out", "ut");
        assertEquals(0, build.exitCode(), build.stderr());
        assertTrue(Files.isRegularFile(tmp.resolve("ut/public/kanaler/-rf/index.html")));
        assertTrue(Files.readString(tmp.resolve("ut/public/index.html")).contains("href=\"kanaler/-rf/\""));
    }
}
