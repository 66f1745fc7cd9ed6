package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;

/** A user's templates/assets/ folder overrides the built-in assets file by file. */
class TemplateAssetsTest {

    @Test
    void userAssetsReplaceBuiltInOnesAndAreAddedToThem(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets/img"));
        Files.writeString(templates.resolve("assets/internal.css"), "/* egen */\n");
        Files.writeString(templates.resolve("assets/img/vapen.svg"), "<svg/>");
        Files.writeString(templates.resolve("assets/Stor Bokstav.css"), "x");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content",
                Sites.FIXTURES.resolve("handbook-every-rule").toString(), "--templates", templates.toString(),
                "--out", out.toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("/* egen */\n", Files.readString(out.resolve("internal/assets/internal.css")));
        assertEquals("<svg/>", Files.readString(out.resolve("internal/assets/img/vapen.svg")));
        assertEquals(Files.readString(Path.of("templates/assets/internal.js")),
                Files.readString(out.resolve("internal/assets/internal.js")));
        assertFalse(Files.exists(out.resolve("internal/assets/Stor Bokstav.css")));
        assertTrue(r.stderr().contains(": varning: filen assets/Stor Bokstav.css kopieras inte: namnet får bara ha a–z,"
                + " 0–9, punkt, bindestreck och understreck — döp om den\n"), r.stderr());
        assertEquals(Files.readString(out.resolve("internal/assets/internal.css")),
                Files.readString(out.resolve("public/assets/internal.css")), "both outputs get the same assets");
        assertEquals(Files.readString(Path.of("templates/assets/site.css")), Files.readString(out.resolve("public/assets/site.css")));
    }
}
