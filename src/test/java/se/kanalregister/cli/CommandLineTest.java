package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void checkOfAValidRegisterExitsZeroWithASummary() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("check");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("Läste 1 kanaler: 0 fel, 0 varningar.\n", r.stderr());
    }

    @Test
    void mistypedOptionIsAUsageErrorWithASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("build", "--ot", "x");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: okänd flagga \"--ot\" — menade du --out?\n", r.stderr());
    }

    @Test
    void mistypedCommandGetsASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("bulid");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: okänt kommando \"bulid\" — menade du build?\n", r.stderr());
    }

    @Test
    void missingContentFolderIsAUsageError() {
        CliRun r = CliRun.run(tmp, "check", "--content", "finns-inte");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: mappen finns-inte finns inte — ange innehållsmappen med --content\n", r.stderr());
    }

    @Test
    void contentThatIsAFileIsAUsageErrorSayingSo() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("check", "--content", "content/organisation.yaml");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --content content/organisation.yaml är en fil — ange mappen som innehåller"
                + " organisation.yaml, till exempel --content content\n", r.stderr());
    }

    @Test
    void optionWithoutValueIsAUsageError() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("check", "--today");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --today behöver ett värde — skriv till exempel --today 2026-01-31\n", r.stderr());
    }

    @Test
    void englishMessagesWithLangEn() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/kultur.yaml", ContentDir.CHANNEL + "purpse: x\n")
                .run("check", "--lang", "en");
        assertEquals(1, r.exitCode());
        assertEquals("""
                content/channels/kultur.yaml:15:1: error: there is no field "purpse" — did you mean purpose?
                Read 1 channels: 1 errors, 0 warnings.
                """, r.stderr());
    }

    @Test
    void helpAndVersionGoToStandardOutput() {
        CliRun help = CliRun.run(tmp, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().startsWith("Användning: kanalregister <kommando> [flaggor]"), help.stdout());
        CliRun version = CliRun.run(tmp, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.stdout().startsWith("kanalregister "), version.stdout());
    }

    @Test
    void anOptionTheCommandWouldIgnoreIsRefused() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        CliRun r = d.run("build", "--port", "9000");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --port gäller inte kommandot build — den används av: serve\n", r.stderr());
        assertEquals("kanalregister: fel: --profile gäller inte kommandot check — den används av: build\n",
                d.run("check", "--profile").stderr());
        assertEquals("kanalregister: fel: build tar inga argument, bara flaggor; \"content\" läses inte — menade du"
                + " --content content?\n", d.run("build", "content").stderr());
    }

    @Test
    void helpSpeaksTheLanguageAskedForWhereverTheOptionStands() {
        assertTrue(CliRun.run(tmp, "--help", "--lang", "en").stdout().startsWith("Usage: kanalregister <command>"));
        assertTrue(CliRun.run(tmp, "--lang=en", "--help").stdout().startsWith("Usage: kanalregister <command>"));
        CliRun help = CliRun.run(tmp, "help");
        assertEquals(0, help.exitCode());
        for (String command : java.util.List.of("check", "build", "serve", "infotext <id>", "new kanal <id>")) {
            assertTrue(help.stdout().contains("\n  " + command + " "), command + " is listed:\n" + help.stdout());
        }
    }

    @Test
    void strictTurnsWarningsIntoFailure() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/channels/kultur.yaml",
                ContentDir.CHANNEL.replace("  deputy: Bo Berg\n", ""));
        assertEquals(0, d.run("check").exitCode());
        CliRun strict = d.run("check", "--strict");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.stderr().contains("varning: internal.deputy saknas"), strict.stderr());
        assertTrue(strict.stderr().endsWith("Kontrollen misslyckades: --strict räknar varningarna som fel.\n"), strict.stderr());
    }

    @Test
    void aSubfolderOfTheRegisterIsPointedUp() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("check", "--content", "content/channels");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --content content/channels är en mapp inne i registret — ange mappen som innehåller"
                + " organisation.yaml: --content content\n", r.stderr());
    }

    @Test
    void aTemplatesFolderThatIsNotThereIsSaidNotSilentlyIgnored() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        CliRun r = d.run("build", "--templates", "mallar-typo", "--out", "site");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().startsWith("kanalregister: varning: --templates mallar-typo är ingen mapp som finns, så"
                + " standardmallarna används — kontrollera sökvägen om du har egna mallar\n"), r.stderr());
        assertFalse(d.run("build", "--out", "site").stderr().contains("--templates"), "not without --templates");
    }

    @Test
    void anOutputFolderBelowAFileIsRefusedBeforeAnythingIsRead() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("anteckning.txt", "x\n");
        CliRun r = d.run("build", "--out", "anteckning.txt/site");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --out anteckning.txt är en fil, inte en mapp — ange en mapp, till exempel --out site\n",
                r.stderr());
    }

    @Test
    void newWritesNothingOutsideARegister() throws IOException {
        ContentDir.valid(tmp);
        Files.createDirectories(tmp.resolve("annan"));
        CliRun r = CliRun.run(tmp.resolve("annan"), "new", "kanal", "ny-kanal");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: mappen content finns inte — ange innehållsmappen med --content\n", r.stderr());
        Files.createDirectories(tmp.resolve("annan/content"));
        r = CliRun.run(tmp.resolve("annan"), "new", "kanal", "ny-kanal");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("kanalregister: fel: mappen content har ingen organisation.yaml"), r.stderr());
        try (var s = Files.list(tmp.resolve("annan/content"))) {
            assertEquals(0, s.count(), "nothing was written");
        }
    }

    @Test
    void quietStillShowsTheWarningsThatStrictFailsOn() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/channels/kultur.yaml",
                ContentDir.CHANNEL.replace("  deputy: Bo Berg\n", ""));
        assertEquals("", d.run("check", "--quiet").stderr());
        CliRun check = d.run("check", "--strict", "--quiet");
        assertEquals(1, check.exitCode());
        assertTrue(check.stderr().startsWith("content/channels/kultur.yaml: varning: internal.deputy saknas"), check.stderr());
        assertTrue(check.stderr().endsWith("Kontrollen misslyckades: --strict räknar varningarna som fel.\n"), check.stderr());
        CliRun build = d.run("build", "--strict", "--quiet", "--out", "site");
        assertEquals(1, build.exitCode());
        assertTrue(build.stderr().startsWith("content/channels/kultur.yaml: varning: internal.deputy saknas"), build.stderr());
    }

    @Test
    void todayMovesWhatIsOverdue() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertFalse(d.run("check", "--today", "2027-01-01").stderr().contains("ögonblicksbild"));
        assertTrue(d.run("check", "--today", "2027-06-01").stderr().contains(
                "varning: senaste ögonblicksbild 2026-11-01, äldre än 6 månader"));
    }

    @Test
    void allErrorsOfARunAreReportedSortedByFileAndLine() throws IOException {
        CliRun r = ContentDir.valid(tmp)
                .write("content/channels/b.yaml", "name: B\nplatform: myspace\n")
                .write("content/channels/a.yaml", ContentDir.CHANNEL.replace("kulturitestby", "a") + "färg: blå\nfont: x\n")
                .run("check");
        assertEquals(1, r.exitCode());
        var lines = r.stderr().lines().filter(l -> l.contains(": fel: ")).map(l -> l.substring(0, l.indexOf(": fel"))).toList();
        assertEquals(java.util.List.of("content/channels/a.yaml:15:1", "content/channels/a.yaml:16:1",
                "content/channels/b.yaml:1:1", "content/channels/b.yaml:1:1", "content/channels/b.yaml:1:1",
                "content/channels/b.yaml:2:11"), lines); // url, unit and purpose missing; started may be left out

    }

    @Test
    void buildRefusesAnOutputFolderInsideTheContent() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("build", "--out", "content/site");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: utdatamappen content/site ligger i innehållsmappen content eller innehåller den"
                + " — välj en annan mapp med --out\n", r.stderr());
        assertEquals(2, CliRun.run(tmp, "build", "--out", ".").exitCode(), "an output that contains the content");
    }

    @Test
    void buildRefusesAnOutputFolderThatWouldReplaceTheUsersTemplates() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("templates/public/index.ftlh", "<p>egen</p>\n");
        CliRun r = d.run("build", "--out", "templates");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: utdatamappen templates ligger i mallmappen templates eller innehåller den, och"
                + " bygget skulle ersätta dina egna mallar — välj en annan mapp med --out\n", r.stderr());
        assertEquals("<p>egen</p>\n", Files.readString(tmp.resolve("templates/public/index.ftlh")));
        d.write("site/mallar/public/index.ftlh", "<p>egen</p>\n");
        assertEquals(2, d.run("build", "--templates", "site/mallar", "--out", "site").exitCode(), "templates inside the output");
        assertEquals(0, d.run("build", "--templates", "site/finns-inte", "--out", "site").exitCode(),
                "a templates folder that does not exist holds nothing to lose");
    }

    @Test
    void buildRefusesAnOutputThatIsAFile() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("site", "en fil").run("build", "--out", "site");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --out site är en fil, inte en mapp — ange en mapp, till exempel --out site\n", r.stderr());
    }

    @Test
    void failedBuildLeavesTheEarlierOutputUntouched() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        Path marker = tmp.resolve("site/public/marker.txt");
        Files.writeString(marker, "from the earlier build");
        d.write("content/channels/kultur.yaml", "name: [trasig\n");
        CliRun r = d.run("build", "--out", "site");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("Inget skrevs: rätta felen ovan och kör igen.\n"), r.stderr());
        assertEquals("from the earlier build", Files.readString(marker));
        try (var s = Files.list(tmp)) {
            assertEquals(java.util.List.of("content", "site"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void anErrorInAnImportedTemplateIsReportedInThatTemplate() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        d.write("templates/layout.ftlh", "<#macro page frame>\n<title>${frame.nosuchvalue}</title>\n<#nested>\n</#macro>\n");
        CliRun r = d.run("build", "--out", "site");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().lines().anyMatch(l -> l.startsWith("templates/layout.ftlh:2:")), r.stderr());
        assertFalse(r.stderr().lines().anyMatch(l -> l.startsWith("templates/public/")), "not the page that imports it: " + r.stderr());
    }

    @Test
    void aSyntaxErrorInAnImportedTemplateIsReportedInThatTemplate() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        d.write("templates/layout.ftlh", "<#macro page frame>\n<#if>\n<#nested>\n</#macro>\n");
        CliRun r = d.run("build", "--out", "site");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().lines().anyMatch(l -> l.startsWith("templates/layout.ftlh:2:")), r.stderr());
        assertFalse(r.stderr().lines().anyMatch(l -> l.startsWith("templates/public/")), "not the page that imports it: " + r.stderr());
    }

    @Test
    void brokenUserTemplateIsReportedAtItsLineAndNothingIsWritten() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        Path index = tmp.resolve("site/public/index.html");
        String before = Files.readString(index);
        d.write("templates/public/rules.ftlh", "<#import \"../layout.ftlh\" as l>\n<p>${nosuchvalue}</p>\n");
        CliRun r = d.run("build", "--out", "site");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().lines().anyMatch(l -> l.startsWith("templates/public/rules.ftlh:2:6: fel: mallen kunde inte användas: ")
                && l.endsWith(" — rätta mallen eller ta bort din egen version så används standardmallen")), r.stderr());
        assertTrue(r.stderr().endsWith("Inget skrevs: rätta felen ovan och kör igen.\n"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace");
        assertEquals(before, Files.readString(index), "the earlier site is untouched");
    }

    @Test
    void templateSyntaxErrorIsReportedAtItsLine() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("mallar/public/rules.ftlh", "<p>\n<#if x?has_content>ja\n");
        CliRun r = d.run("build", "--templates", "mallar", "--out", "site");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().startsWith("mallar/public/rules.ftlh:"), r.stderr());
        assertTrue(r.stderr().lines().anyMatch(l -> l.matches("mallar/public/rules\\.ftlh:\\d+:\\d+: fel: mallen kunde inte"
                + " användas: .*#if.* — rätta mallen eller ta bort din egen version så används standardmallen")), r.stderr());
        assertEquals(3, r.stderr().lines().count(), "the error, the summary and the verdict, no dump: " + r.stderr());
    }

    @Test
    void aPhoneWithoutDigitsIsShownAsTextNotAnEmptyLink() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml",
                ContentDir.ORGANISATION + "  phone: Ring växeln\n");
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        String page = Files.readString(tmp.resolve("site/public/index.html"));
        assertTrue(page.contains("<li>Ring växeln</li>"), page);
        assertFalse(page.contains("href=\"\""), "no empty link");
    }

    @Test
    void successfulBuildReplacesOnlyPublicAndInternal() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        Files.createDirectories(tmp.resolve("site"));
        Files.writeString(tmp.resolve("site/README.txt"), "mine");
        Files.createDirectories(tmp.resolve("site/public"));
        Files.writeString(tmp.resolve("site/public/stale.html"), "old");
        assertEquals(0, d.run("build", "--out", "site").exitCode());
        assertEquals("mine", Files.readString(tmp.resolve("site/README.txt")));
        assertFalse(Files.exists(tmp.resolve("site/public/stale.html")));
    }
}
