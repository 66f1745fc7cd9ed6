package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void aLoopThatNeverEndsIsStoppedByTheBudgetAtTheLoop() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("templates/public/index.ftlh",
                "<#-- my start page -->\n<p>\n  <#list 1..2000000000 as i>x</#list>\n</p>\n");
        assertEquals(0, d.run("build", "--out", "ut", "--templates", "none").exitCode());
        String before = Files.readString(tmp.resolve("ut/public/index.html"));
        System.setProperty("kanalregister.renderBudgetSeconds", "2");
        CliRun r;
        try {
            r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> d.run("build", "--out", "ut"));
        } finally {
            System.clearProperty("kanalregister.renderBudgetSeconds");
        }
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals(List.of("templates/public/index.ftlh:3:3: fel: mallen blev inte klar på utsatt tid, så bygget stoppades"
                + " — leta efter en lista (#list) eller ett makro som aldrig tar slut, och rätta det eller ta bort din egen"
                + " version av mallen"), r.stderr().lines().filter(l -> l.contains(": fel: ")).toList());
        assertEquals(before, Files.readString(tmp.resolve("ut/public/index.html")), "the earlier output is untouched");
        assertEquals(List.of("content", "templates", "ut"), names(tmp), "nothing is left behind");
    }

    @Test
    void aMacroThatCallsItselfForEverIsStoppedAtTheMacro() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("templates/public/index.ftlh",
                "<p>Start</p>\n<#macro r n><@r n+1/></#macro>\n<@r 0/>\n");
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> d.run("build", "--out", "ut", "--lang", "en"));
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals(List.of("templates/public/index.ftlh:2:1: error: this macro calls itself without end, so the build was"
                + " stopped — make it stop calling itself, or remove your own copy of the template"),
                r.stderr().lines().filter(l -> l.contains(": error: ")).toList());
        assertFalse(Files.exists(tmp.resolve("ut")), "nothing is written");
        assertFalse(r.stderr().contains("StackOverflow"), r.stderr());
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
