package se.kanalregister.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.testing.Sites;

/** {@code kanalregister import} end to end: the files it writes, what it prints, and what check and build then say. */
class ImportCommandTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Path PAGE = Sites.FIXTURES.resolve("import/sociala-medier.html");

    /** A list as Excel in Sweden saves it: semicolons, CRLF, Windows-1252, a quoted cell with a separator and quotes. */
    private static final String EXCEL_LIST = String.join("\r\n",
            "Kanal;Plattform;Länk;Förvaltning;Syfte;Startdatum;Kontaktperson;Följare",
            "Biblioteket;Facebook;https://www.facebook.com/biblioteketexby;Kultur- och fritidsförvaltningen;Boktips och evenemang;2018-03-01;Åsa Öberg;1200",
            "Biblioteket;Instagram;instagram.com/biblioteketexby/;Kultur- och fritidsförvaltningen;Bilder från biblioteket: nya böcker;;Åsa Öberg;800",
            "Räddningstjänsten;Twitter;https://twitter.com/raddningexby;Räddningstjänsten;\"Varningar; och \"\"viktiga\"\" meddelanden\";okänt;Per Persson;",
            "Ungdomens hus;Tik tok;https://www.tiktok.com/@ungdomexby;Fritidsgårdarna;Tips för unga;2021-09-01;Lisa Lind;",
            "Biblioteket igen;facebook;https://m.facebook.com/BiblioteketExby/?ref=bookmarks;;;;Bo Berg;",
            ";Facebook;;;;;;",
            "") ;

    private static ContentDir register(Path tmp) throws IOException {
        return ContentDir.valid(tmp);
    }

    private static void writeSource(Path tmp, String name, String text, Charset charset) throws IOException {
        Files.write(tmp.resolve(name), text.getBytes(charset));
    }

    @Test
    void aWindows1252SemicolonListImportsBuildsAndImportsOnlyOnce(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        byte[] existing = Files.readAllBytes(tmp.resolve("content/channels/kultur.yaml"));
        writeSource(tmp, "lista.csv", EXCEL_LIST, WINDOWS_1252);

        CliRun first = d.run("import", "lista.csv");
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(List.of(
                "Skapade 4 kanalfiler:",
                "  content/channels/biblioteket-facebook.yaml (Biblioteket, Facebook) — komplett",
                "  content/channels/biblioteket-instagram.yaml (Biblioteket, Instagram) — fyll i: started",
                "  content/channels/raddningstjansten-x.yaml (Räddningstjänsten, X) — fyll i: started",
                "  content/channels/ungdomens-hus-tiktok.yaml (Ungdomens hus, TikTok) — komplett",
                "Hoppade över 2:",
                "  lista.csv:6: https://m.facebook.com/BiblioteketExby/?ref=bookmarks är samma konto som på rad 2"
                        + " — uppgifterna slogs ihop till en fil",
                "  lista.csv:7: ingen adress på raden — fyll i kanalens länk om raden ska med",
                "Klart: 4 skapade, 2 hoppade över.",
                "Fyll i det som saknas i de nya filerna och kör sedan: kanalregister check"), first.stdout().lines().toList());
        assertTrue(first.stderr().contains("lista.csv:1:65: varning: kolumnen \"Följare\" känns inte igen och hoppas över"),
                first.stderr());
        assertTrue(first.stderr().contains("lista.csv:4:1: varning: plattformen \"Twitter\" heter numera X, så kanalen får platform: x"),
                first.stderr());

        String x = Files.readString(tmp.resolve("content/channels/raddningstjansten-x.yaml"));
        assertTrue(x.contains("\nplatform: x\n"), x);
        assertTrue(x.contains("\npurpose: \"Varningar; och \\\"viktiga\\\" meddelanden\"\n"), x);
        assertTrue(x.contains("\nstarted:\n"), x);
        assertTrue(x.contains("\n  owner: Per Persson\n"), x);
        assertTrue(x.startsWith("# yaml-language-server: $schema=../../schemas/channel.schema.json\n"), x);
        String facebook = Files.readString(tmp.resolve("content/channels/biblioteket-facebook.yaml"));
        assertTrue(facebook.contains("\nstarted: 2018-03-01\n") && facebook.contains("\nunit: Kultur- och fritidsförvaltningen\n"),
                facebook);

        CliRun build = d.run("build", "--out", "site");
        assertEquals(0, build.exitCode(), build.stderr());
        assertTrue(build.stderr().contains("content/channels/raddningstjansten-x.yaml: varning: startdatum okänt"), build.stderr());
        for (String person : List.of("Åsa Öberg", "Per Persson", "Lisa Lind", "Bo Berg")) {
            assertFalse(anyFileContains(tmp.resolve("site/public"), person), person + " reached site/public");
        }
        assertTrue(anyFileContains(tmp.resolve("site/internal"), "Per Persson"));

        Map<String, byte[]> before = files(tmp.resolve("content"));
        CliRun second = d.run("import", "lista.csv");
        assertEquals(0, second.exitCode(), second.stderr());
        assertTrue(second.stdout().contains("Klart: 0 skapade, 6 hoppade över."), second.stdout());
        assertTrue(second.stdout().contains("  lista.csv:3: instagram.com/biblioteketexby/ finns redan i registret,"
                + " i content/channels/biblioteket-instagram.yaml"), second.stdout());
        assertEquals(before.keySet(), files(tmp.resolve("content")).keySet());
        assertArrayEquals(existing, Files.readAllBytes(tmp.resolve("content/channels/kultur.yaml")));
    }

    @Test
    void englishHeadingsCommasAndAByteOrderMark(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "list.csv", "\uFEFFName,Platform,URL,Department,Purpose,Start date,Contact person\n"
                + "Sámi giella,YouTube,https://www.youtube.com/@samigiella,Kultur,\"Film, musik och nyheter\",2020-02-06,Ánte Ánde\n",
                StandardCharsets.UTF_8);
        CliRun run = d.run("import", "list.csv");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        String file = Files.readString(tmp.resolve("content/channels/sami-giella-youtube.yaml"));
        assertTrue(file.contains("\nname: Sámi giella\n") && file.contains("\npurpose: Film, musik och nyheter\n")
                && file.contains("\n  owner: Ánte Ánde\n"), file);
        assertEquals(0, d.run("check").exitCode());
    }

    @Test
    void tabSeparatedWithoutByteOrderMark(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.txt", "namn\tplattform\turl\tenhet\tsyfte\tstart\n"
                + "Kultur i Testby\tLinkedIn\thttps://www.linkedin.com/company/kultur-testby\tKultur\tJobb inom kulturen\t2017-01-02\n",
                StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.txt");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("content/channels/kultur-i-testby-linkedin.yaml (Kultur i Testby, LinkedIn) — komplett"),
                run.stdout());
        assertTrue(Files.readString(tmp.resolve("content/channels/kultur-i-testby-linkedin.yaml")).contains("\nstarted: 2017-01-02\n"));
    }

    @Test
    void aPlatformNameTheRegisterDoesNotKnowGivesWayToTheAddress(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", "Namn;Plattform;Adress\nBibblan;Facebook-sida;https://www.facebook.com/bibblan\n"
                + "Poddar;Acast;https://shows.acast.com/testbypodden\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.csv");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("lista.csv:2:1: varning: plattformen \"Facebook-sida\" känns inte igen, men adressen hör"
                + " till facebook, så kanalen får platform: facebook"), run.stderr());
        String other = Files.readString(tmp.resolve("content/channels/poddar.yaml"));
        assertTrue(other.contains("\nplatform: other\n") && other.contains("\nplatform_name: Acast\n"), other);
    }

    @Test
    void aSavedPageInWindows1252(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        Files.write(tmp.resolve("sida.htm"), ("<html><head><meta charset=\"windows-1252\"></head><body><h2>Räddningstjänsten</h2>"
                + "<p><a href=\"https://www.facebook.com/raddningstjanstentestby\">Räddningstjänsten i Testby</a></p></body></html>")
                .getBytes(WINDOWS_1252));
        CliRun run = d.run("import", "sida.htm");
        assertEquals(0, run.exitCode(), run.stderr());
        String file = Files.readString(tmp.resolve("content/channels/raddningstjansten-i-testby-facebook.yaml"));
        assertTrue(file.contains("\nname: Räddningstjänsten i Testby\n") && file.contains("\nunit: Räddningstjänsten\n"), file);
    }

    /** A huge file is refused before it is read, at its first line, and nothing is written. */
    @Test
    void aFileLargerThanAnyListIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(tmp.resolve("sida.html").toFile(), "rw")) {
            f.setLength(33L << 20);  // sparse: no 33 MB written to disk
        }
        CliRun run = d.run("import", "sida.html");
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("sida.html:1:1: fel: filen är 33 MB, men import läser högst 32 MB"), run.stderr());
        try (var files = Files.list(tmp.resolve("content/channels"))) {
            assertEquals(1, files.count(), "nothing written");
        }
    }

    @Test
    void aTitleAboveTheHeadingsIsNoAccount(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", "Sociala medier i Testby;;\n;;\nNamn;Adress;Enhet\n"
                + "Testby bibliotek;https://www.facebook.com/testbybibliotek;Kultur\n", WINDOWS_1252);
        CliRun run = d.run("import", "lista.csv");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        assertTrue(run.stdout().startsWith("Skapade 1 kanalfiler:\n  content/channels/testby-bibliotek-facebook.yaml"
                + " (Testby bibliotek, Facebook) — fyll i: purpose, started\n"), run.stdout());
    }

    @Test
    void excelsUnicodeTextIsUtf16WithTabs(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        byte[] text = "Namn\tLänk\tEnhet\nÄngby skola\thttps://www.instagram.com/angbyskola\tÄngby skola\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(tmp.resolve("lista.txt"), withBom);
        CliRun run = d.run("import", "lista.txt");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("content/channels/angby-skola-instagram.yaml (Ängby skola, Instagram) — fyll i: purpose,"
                + " started"), run.stdout());
    }

    @Test
    void anAccountAlreadyInTheRegisterIsSkippedHoweverItIsSpelled(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", "adress;namn\nhttp://m.facebook.com/KulturITestby/?fref=ts;Kultur\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.csv");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("lista.csv:2: http://m.facebook.com/KulturITestby/?fref=ts finns redan i registret,"
                + " i content/channels/kultur.yaml"), run.stdout());
        assertTrue(run.stdout().contains("Klart: 0 skapade, 1 hoppade över."), run.stdout());
    }

    @Test
    void aTakenIdGetsASuffixAndNoFileIsOverwritten(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        d.write("content/channels/kultur-facebook.yaml", "# someone's own file\n");
        writeSource(tmp, "lista.csv", "Kanal;Länk\nKultur;https://www.facebook.com/annankultur\n"
                + "Kultur;https://www.facebook.com/tredjekultur\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.csv");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("# someone's own file\n", Files.readString(tmp.resolve("content/channels/kultur-facebook.yaml")));
        assertTrue(Files.readString(tmp.resolve("content/channels/kultur-facebook-2.yaml")).contains("annankultur"));
        assertTrue(Files.readString(tmp.resolve("content/channels/kultur-facebook-3.yaml")).contains("tredjekultur"));
    }

    @Test
    void aDryRunWritesNothingAndSaysTheSame(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", EXCEL_LIST, WINDOWS_1252);
        Map<String, byte[]> before = files(tmp.resolve("content"));
        CliRun dry = d.run("import", "lista.csv", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.stderr());
        assertEquals(before.keySet(), files(tmp.resolve("content")).keySet());
        assertTrue(dry.stdout().startsWith("Provkörning: inget skrevs. Så här skulle importen bli:\nSkulle skapa 4 kanalfiler:\n"),
                dry.stdout());
        CliRun real = d.run("import", "lista.csv");
        List<String> dryFiles = dry.stdout().lines().filter(l -> l.startsWith("  ")).toList();
        List<String> realFiles = real.stdout().lines().filter(l -> l.startsWith("  ")).toList();
        assertEquals(realFiles, dryFiles);
    }

    @Test
    void aSavedWebPageGivesExactlyItsAccountsAndCheckNamesWhatIsLeft(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        Files.copy(PAGE, tmp.resolve("sida.html"));
        CliRun run = d.run("import", "sida.html");
        assertEquals(0, run.exitCode(), run.stderr());
        try (Stream<Path> s = Files.list(tmp.resolve("content/channels"))) {
            assertEquals(List.of("exempelby-kommun-facebook.yaml", "exempelby-kommun-instagram.yaml",
                    "exempelby-kommun-linkedin.yaml", "gamla-biblioteket-facebook.yaml", "kultur-i-exempelby-youtube.yaml",
                    "kultur-x.yaml", "kultur.yaml", "skolor-instagram.yaml"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String allFiles = String.join("\n", files(tmp.resolve("content/channels")).values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        for (String notAnAccount : List.of("sharer", "intent", "shareArticle", "watch?v", "youtu.be", "help", "/p/", "/status/")) {
            assertFalse(allFiles.contains(notAnAccount), notAnAccount);
        }
        assertTrue(run.stdout().contains("Hoppade över 12 länkar som inte är konton"), run.stdout());
        String youtube = Files.readString(tmp.resolve("content/channels/kultur-i-exempelby-youtube.yaml"));
        assertTrue(youtube.contains("\nname: Kultur i Exempelby\n") && youtube.contains("\nunit: Kultur- och fritidsförvaltningen\n")
                && youtube.contains("\n#status: active\n"), youtube);
        String closedInTable = Files.readString(tmp.resolve("content/channels/kultur-x.yaml"));
        assertTrue(closedInTable.contains("\nstatus: closed\n"), closedInTable);
        String closedUnderHeading = Files.readString(tmp.resolve("content/channels/gamla-biblioteket-facebook.yaml"));
        assertTrue(closedUnderHeading.contains("\nstatus: closed\n"), closedUnderHeading);
        String main = Files.readString(tmp.resolve("content/channels/exempelby-kommun-facebook.yaml"));
        assertTrue(main.contains("\nunit: Kommunledningsförvaltningen\n") && main.contains("\n#status: active\n"), main);

        CliRun check = d.run("check");
        assertEquals(1, check.exitCode());
        assertTrue(check.stderr().contains("content/channels/kultur-i-exempelby-youtube.yaml:21:9: fel: purpose har inget värde"),
                check.stderr());
        assertTrue(check.stderr().contains("content/channels/gamla-biblioteket-facebook.yaml:17:6: fel: unit har inget värde"),
                check.stderr());
        assertEquals(0, d.run("import", "sida.html").stdout().lines().filter(l -> l.startsWith("Skapade")).count());
    }

    @Test
    void aListWithoutAnAddressColumnWritesNothing(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", "Kanal;Plattform\nBiblioteket;Facebook\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.csv");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().startsWith("lista.csv:1:1: fel: ingen kolumn med kanalens adress bland rubrikerna (Kanal, Plattform)"
                + " — döp kolumnen med länkarna till adress, länk eller url\n"), run.stderr());
        assertTrue(run.stderr().contains("Importen avbröts och inget skrevs"), run.stderr());
        assertEquals("", run.stdout());
    }

    @Test
    void aBrokenQuoteIsAnErrorNotAStackTrace(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "lista.csv", "adress;syfte\nhttps://www.facebook.com/x;\"aldrig stängt\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "lista.csv", "--lang", "en");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().startsWith("lista.csv:1:1: error: the file cannot be read as CSV"), run.stderr());
        assertFalse(Files.exists(tmp.resolve("content/channels/x-facebook.yaml")));
    }

    @Test
    void usageMistakes(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        CliRun none = d.run("import");
        assertEquals(2, none.exitCode());
        assertTrue(none.stderr().contains("skriv \"import <fil>\""), none.stderr());
        CliRun missing = d.run("import", "finns-inte.csv");
        assertEquals(2, missing.exitCode());
        assertEquals("kanalregister: fel: filen finns-inte.csv finns inte — ange CSV-filen eller den sparade webbsidan som ska"
                + " importeras\n", missing.stderr());
        assertEquals(2, d.run("import", "x.csv", "--out", "site").exitCode());
    }

    @Test
    void theSummaryInEnglish(@TempDir Path tmp) throws IOException {
        ContentDir d = register(tmp);
        writeSource(tmp, "list.csv", "url;name\nhttps://www.instagram.com/testby;Testby\n", StandardCharsets.UTF_8);
        CliRun run = d.run("import", "list.csv", "--lang", "en", "--dry-run");
        assertEquals(List.of("Dry run: nothing was written. This is what the import would do:",
                "Would create 1 channel files:",
                "  content/channels/testby-instagram.yaml (Testby, Instagram) — fill in: unit, purpose, started",
                "Dry run done: 1 would be created, 0 skipped."), run.stdout().lines().toList());
    }

    private static boolean anyFileContains(Path dir, String text) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(p), StandardCharsets.UTF_8).contains(text)) return true;
            }
        }
        return false;
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
