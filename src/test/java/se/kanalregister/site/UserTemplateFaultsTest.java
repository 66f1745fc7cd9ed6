package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** A webmaster's templates folder that would break a build: each is an error naming the file, and nothing is written. */
class UserTemplateFaultsTest {

    @TempDir
    Path tmp;

    @Test
    void linksInTheTemplatesFolderAreErrorsNamingEachLink() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("elsewhere/index.ftlh", "<p>hej</p>\n").write("elsewhere/x.css", "p{}\n");
        Files.createDirectories(tmp.resolve("templates/public"));
        Files.createDirectories(tmp.resolve("templates/assets"));
        Files.createSymbolicLink(tmp.resolve("templates/public/index.ftlh"), tmp.resolve("elsewhere/index.ftlh"));
        Files.createSymbolicLink(tmp.resolve("templates/assets/extra.css"), tmp.resolve("elsewhere/x.css"));
        CliRun r = d.run("build", "--out", "ut");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals(List.of(
                "templates/assets/extra.css:1:1: fel: symboliska länkar tas inte med — lägg den riktiga filen här i stället",
                "templates/public/index.ftlh:1:1: fel: symboliska länkar tas inte med — lägg den riktiga filen här i stället"),
                r.stderr().lines().filter(l -> l.contains(": fel: ")).toList());
        assertFalse(Files.exists(tmp.resolve("ut")), "nothing is written");
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("java."), r.stderr());
    }
}
