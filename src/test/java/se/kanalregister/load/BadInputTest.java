package se.kanalregister.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kanalregister.testing.ContentDir.CHANNEL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/**
 * One bad input per case: a valid register with one file spoilt, run through
 * {@code kanalregister check}, asserting the exit code and the exact line the user reads.
 */
class BadInputTest {

    private static final String C = "content/channels/kultur.yaml";

    /** What a case changes in the valid register. */
    interface Spoil {
        void apply(ContentDir d) throws IOException;
    }

    record Case(String name, Spoil spoil, int exit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case channel(String name, String text, String expected) {
        return new Case(name, d -> d.write(C, text), 1, expected);
    }

    static Case warning(String name, String text, String expected) {
        return new Case(name, d -> d.write(C, text), 0, expected);
    }

    /** The valid channel with line {@code n} (1-based) replaced; null removes it. */
    static String replaceLine(int n, String line) {
        List<String> lines = new ArrayList<>(CHANNEL.lines().toList());
        if (line == null) lines.remove(n - 1);
        else lines.set(n - 1, line);
        return String.join("\n", lines) + "\n";
    }

    static String plus(String... lines) {
        return CHANNEL + String.join("\n", lines) + "\n";
    }

    static Stream<Case> cases() {
        return Stream.of(
            channel("unknown field with suggestion", plus("purpse: Mer text."),
                C + ":15:1: fel: fältet \"purpse\" finns inte — menade du purpose?"),
            channel("unknown field without suggestion", plus("färg: blå"),
                C + ":15:1: fel: fältet \"färg\" finns inte — tillåtna fält är: name, name_language, platform, platform_name, url, handle, unit, authority, responsible, purpose, audience, central, languages, comments, messages, contact, status, started, ended, successor, history, internal"),
            channel("missing required field", replaceLine(5, null),
                C + ":1:1: fel: fältet purpose saknas — lägg till \"purpose: …\""),
            channel("unclosed quote", replaceLine(1, "name: \"Kultur i Testby"),
                C + ":1:7: fel: citattecknet här stängs aldrig — avsluta värdet med samma citattecken på samma rad"),
            channel("value starting with @", replaceLine(5, "purpose: @kultur"),
                C + ":5:10: fel: ett värde kan inte börja med @ — sätt värdet inom citattecken, till exempel \"@kultur\""),
            channel("colon inside a value", replaceLine(5, "purpose: Evenemang: konserter och teater."),
                C + ":5:19: fel: kolon följt av mellanslag mitt i ett värde läses som ett nytt fält — sätt hela värdet inom citattecken"),
            channel("tab for indentation", replaceLine(8, "\towner: Anna Andersson"),
                C + ":8:1: fel: ett tabbtecken kan inte användas för indrag — dra in med mellanslag"),
            channel("empty required field", replaceLine(5, "purpose:"),
                C + ":5:9: fel: purpose har inget värde — skriv värdet efter kolonet"),
            channel("list where text belongs", replaceLine(1, "name: [Kultur, Testby]"),
                C + ":1:7: fel: name ska vara en text men är en lista — skriv värdet på samma rad som name:"),
            channel("text where a mapping belongs", replaceLine(7, "internal: Anna") .replaceAll("(?m)^  .*\\n", ""),
                C + ":7:11: fel: internal ska innehålla fält (nyckel: värde) men är en text — skriv fälten indragna på raderna under internal:"),
            channel("unknown platform", replaceLine(2, "platform: myspace"),
                C + ":2:11: fel: platform: \"myspace\" finns inte — välj en av: facebook, instagram, x, youtube, linkedin, tiktok, threads, bluesky, mastodon, flickr, vimeo, snapchat, blog, podcast, other"),
            channel("misspelt platform", replaceLine(2, "platform: facebok"),
                C + ":2:11: fel: platform: \"facebok\" finns inte — menade du facebook? Tillåtna värden: facebook, instagram, x, youtube, linkedin, tiktok, threads, bluesky, mastodon, flickr, vimeo, snapchat, blog, podcast, other"),
            channel("other without platform_name", replaceLine(2, "platform: other"),
                C + ":2:11: fel: platform är other men platform_name saknas — skriv plattformens namn, till exempel \"platform_name: Pinterest\""),
            channel("impossible date", replaceLine(6, "started: 2019-02-30"),
                C + ":6:10: fel: started: \"2019-02-30\" är inget riktigt datum i kalendern — kontrollera dag och månad"),
            channel("month 13", replaceLine(6, "started: 2019-13-01"),
                C + ":6:10: fel: started: \"2019-13-01\" är inget riktigt datum i kalendern — kontrollera dag och månad"),
            channel("day 0", replaceLine(6, "started: 2019-05-00"),
                C + ":6:10: fel: started: \"2019-05-00\" är inget riktigt datum i kalendern — kontrollera dag och månad"),
            channel("date in words", replaceLine(6, "started: 9 maj 2019"),
                C + ":6:10: fel: started: \"9 maj 2019\" är inget datum — skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-15"),
            channel("ended before started", plus("status: closed", "ended: 2018-01-01"),
                C + ":16:8: fel: ended (2018-01-01) är före started (2019-05-09) — kontrollera datumen"),
            channel("ended but active", plus("ended: 2024-01-01"),
                C + ":15:8: fel: kanalen har ended (2024-01-01) men status är active — skriv \"status: closed\" eller \"status: transferred\", eller ta bort ended"),
            channel("unknown status", plus("status: stängd"),
                C + ":15:9: fel: status: \"stängd\" finns inte — välj en av: active, closed, transferred"),
            channel("yes/no that is neither", plus("comments: kanske"),
                C + ":15:11: fel: comments: \"kanske\" är varken ja eller nej — skriv yes eller no"),
            channel("invalid e-mail", plus("contact:", "  email: kultur.testby.se"),
                C + ":16:10: fel: contact.email: \"kultur.testby.se\" är ingen giltig e-postadress — skriv den som namn@exempel.se"),
            channel("language name instead of code", plus("languages: [Svenska]"),
                C + ":15:13: fel: languages: \"Svenska\" är ingen språkkod — använd koder som sv, en, se, sma, smj, fi, fit"),
            channel("history entry that is not a mapping", plus("history:", "  - 2020-01-01"),
                C + ":16:5: fel: varje post i history ska ha fält (nyckel: värde), här är det en text — skriv \"- date: …\" och \"  text: …\""),
            channel("history entry without text", plus("history:", "  - date: 2020-01-01"),
                C + ":16:5: fel: fältet history.text saknas — lägg till \"history.text: …\""),
            channel("http address", replaceLine(3, "url: http://www.facebook.com/kulturitestby"),
                C + ":3:6: fel: url: \"http://www.facebook.com/kulturitestby\" använder http — byt till https://, registret länkar bara till krypterade adresser"),
            channel("address without scheme", replaceLine(3, "url: www.facebook.com/kulturitestby"),
                C + ":3:6: fel: url: \"www.facebook.com/kulturitestby\" är ingen fullständig webbadress — börja med https://"),
            channel("user info in address", replaceLine(3, "url: https://facebook.com@evil.example/kultur"),
                C + ":3:6: fel: url: \"https://facebook.com@evil.example/kultur\" innehåller @ före adressens första snedstreck, så den leder till en annan webbplats än den ser ut att göra — ta bort delen före @"),
            channel("space in address", replaceLine(3, "url: \"https://www.facebook.com/kultur i testby\""),
                C + ":3:6: fel: url: \"https://www.facebook.com/kultur i testby\" innehåller mellanslag — ta bort dem eller skriv %20"),
            channel("zero-width character in address", replaceLine(3, "url: https://www.face\u200Bbook.com/kultur"),
                C + ":3:6: fel: url: adressen innehåller osynliga tecken eller styrtecken — skriv in den på nytt för hand"),
            channel("bidi control in a name", replaceLine(1, "name: Kultur \u202Ekooberaf"),
                C + ":1:14: fel: name innehåller ett osynligt tecken, U+202E (styrtecken för textriktning), som kan få texten"
                + " att se ut som något annat — radera det: skriv om texten vid den här kolumnen för hand"),
            channel("bidi isolate in a purpose", replaceLine(5, "purpose: Evenemang \u2067och nyheter."),
                C + ":5:20: fel: purpose innehåller ett osynligt tecken, U+2067 (styrtecken för textriktning), som kan få"
                + " texten att se ut som något annat — radera det: skriv om texten vid den här kolumnen för hand"),
            channel("zero-width space in a name", replaceLine(1, "name: Kultur i Test\u200Bby"),
                C + ":1:20: fel: name innehåller ett osynligt tecken, U+200B (tecken utan bredd), som kan få texten att se"
                + " ut som något annat — radera det: skriv om texten vid den här kolumnen för hand"),
            channel("zero-width joiner in a quoted handle", plus("handle: \"@kultur\u200Ditestby\""),
                C + ":15:17: fel: handle innehåller ett osynligt tecken, U+200D (tecken utan bredd), som kan få texten att"
                + " se ut som något annat — radera det: skriv om texten vid den här kolumnen för hand"),
            channel("right-to-left mark in a unit", replaceLine(4, "unit: \u200FKulturförvaltningen"),
                C + ":4:7: fel: unit innehåller ett osynligt tecken, U+200F (tecken utan bredd), som kan få texten att se ut"
                + " som något annat — radera det: skriv om texten vid den här kolumnen för hand"),
            channel("control character from a YAML escape", replaceLine(5, "purpose: \"Korta\\x01 nyheter\""),
                C + ":5:10: fel: purpose innehåller ett osynligt styrtecken (U+0001) som webbsidor och öppna data inte kan"
                + " visa — ta bort det, till exempel ett \\x- eller \\u-tecken inom citattecken"),
            channel("raw control character", replaceLine(5, "purpose: Korta\u0001 nyheter"),
                C + ":5:15: fel: filen innehåller ett otillåtet kontrolltecken (U+0001) — ta bort det"),
            channel("host that does not parse", replaceLine(3, "url: https://www..com/kultur"),
                C + ":3:6: fel: url: \"https://www..com/kultur\" har inget giltigt värdnamn — kontrollera delen efter https://"),
            channel("credential field", plus("password: hunter2"),
                C + ":15:1: fel: fältet \"password\" ser ut att vara en inloggningsuppgift — registret lagrar aldrig lösenord, koder eller nycklar; ta bort fältet och förvara inloggningen i organisationens lösenordshanterare"),
            channel("credential field nested in internal", CHANNEL + "  lösenord: hunter2\n",
                C + ":15:3: fel: fältet \"lösenord\" ser ut att vara en inloggningsuppgift — registret lagrar aldrig lösenord, koder eller nycklar; ta bort fältet och förvara inloggningen i organisationens lösenordshanterare"),
            channel("credential in notes", CHANNEL + "  notes: \"Lösenord: hunter2\"\n",
                C + ":15:10: fel: internal.notes verkar innehålla ett lösenord eller en kod — registret lagrar aldrig inloggningsuppgifter; ta bort dem"),
            channel("global tag", replaceLine(1, "name: !!binary S3VsdHVy"),
                C + ":1:7: fel: YAML-taggen tag:yaml.org,2002:binary stöds inte, alla värden läses som text — ta bort taggen"),
            channel("local tag", replaceLine(1, "name: !kultur Kultur"),
                C + ":1:7: fel: YAML-taggen !kultur stöds inte, alla värden läses som text — ta bort taggen"),
            channel("anchor", replaceLine(4, "unit: &u Kulturförvaltningen"),
                C + ":4:7: fel: ankare (&u) stöds inte — ta bort &u och skriv ut värdet där det används"),
            channel("alias", replaceLine(4, "unit: &u Kultur") + "responsible: *u\n",
                C + ":15:14: fel: alias (*namn) stöds inte — skriv ut värdet på nytt där det behövs"),
            channel("merge key", plus("<<: {handle: '@x'}"),
                C + ":15:1: fel: sammanslagning med \"<<\" stöds inte — skriv ut fälten direkt"),
            channel("duplicate key", plus("name: Igen"),
                C + ":15:1: fel: \"name\" finns redan på rad 1 — ta bort ett av dem"),
            channel("second document", CHANNEL + "---\nname: Två\n",
                C + ":15:1: fel: filen har ett andra dokument efter \"---\" — en fil ska bara beskriva en sak; ta bort raden \"---\" och det som följer eller flytta det till en egen fil"),
            channel("unclosed bracket", replaceLine(5, "purpose: [Evenemang"),
                C + ":5:10: fel: hakparentesen här stängs aldrig — avsluta listan med ] på samma rad, till exempel [Invånare, Besökare]"),
            channel("stray closing bracket", replaceLine(5, "purpose: [Evenemang]]"),
                C + ":5:21: fel: tecknet ] stänger något som aldrig öppnades — ta bort det, eller sätt hela värdet inom citattecken"),
            channel("list at the root", "- name: Kultur\n- name: Bibliotek\n",
                C + ":1:1: fel: filen innehåller en lista men ska bestå av fält som \"name: …\" — skriv ett fält per rad"),
            channel("empty file", "\n\n",
                C + ":1:1: fel: filen är tom — fyll i fälten eller ta bort filen"),
            channel("only a comment", "# bara en kommentar\n",
                C + ":1:1: fel: filen är tom — fyll i fälten eller ta bort filen"),
            new Case("not UTF-8", d -> d.write(C, "name: Kultur i Testby\nunit: Kultur\u00E5\n".getBytes(StandardCharsets.ISO_8859_1)),
                1, C + ":2:13: fel: byte 0xE5 är inte UTF-8 — spara filen som UTF-8 i din textredigerare"),
            new Case("file name that is not an id", d -> d.delete(C).write("content/channels/Kultur Å.yaml", CHANNEL),
                1, "content/channels/Kultur Å.yaml:1:1: fel: filnamnet \"Kultur Å\" kan inte bli en adress: bara a–z, 0–9 och bindestreck, högst 64 tecken — döp om filen till kultur-a.yaml"),
            new Case("duplicate id", d -> d.write("content/channels/kultur.yml", CHANNEL.replace("kulturitestby", "annan")),
                1, "content/channels/kultur.yml:1:1: fel: id \"kultur\" används redan av content/channels/kultur.yaml — byt namn på en av filerna"),
            new Case("duplicate address, written differently", d -> d.write("content/channels/kultur-2.yaml",
                    CHANNEL.replace("https://www.facebook.com/kulturitestby", "https://Facebook.com/KulturITestby/")),
                1, "content/channels/kultur-2.yaml:3:6: fel: adressen https://Facebook.com/KulturITestby/ leder till samma konto som https://www.facebook.com/kulturitestby i content/channels/kultur.yaml:3:6 — ett konto ska bara stå en gång i registret; ta bort dubbletten"),
            new Case("stray file in channels", d -> d.write("content/channels/anteckningar.txt", "x"),
                1, "content/channels/anteckningar.txt:1:1: fel: filen hör inte hit — här får bara .yaml-filer ligga; flytta eller ta bort den"),
            new Case("symbolic link", d -> Files.createSymbolicLink(d.root().resolve("content/channels/lank.yaml"),
                    d.root().resolve("content/channels/kultur.yaml")),
                1, "content/channels/lank.yaml:1:1: fel: symboliska länkar tas inte med — lägg den riktiga filen här i stället"),
            new Case("missing organisation", d -> d.delete("content/organisation.yaml"),
                1, "content/organisation.yaml: fel: filen saknas — skapa organisation.yaml med minst name, website, base_url och contact"),
            new Case("organisation contact without phone or e-mail", d -> d.write("content/organisation.yaml",
                    ContentDir.ORGANISATION.replace("  email: info@testby.se", "  address: Storgatan 1")),
                1, "content/organisation.yaml:5:3: fel: contact behöver phone eller email — lägg till minst ett av dem; det används när en kanal saknar egna kontaktuppgifter"),
            new Case("review that is not a number", d -> d.write("content/organisation.yaml",
                    ContentDir.ORGANISATION + "review:\n  snapshot_months: sex\n"),
                1, "content/organisation.yaml:7:20: fel: review.snapshot_months: \"sex\" är inget heltal — skriv bara siffror, till exempel 6"),
            new Case("geonames_id that is not a Geonames number", d -> d.write("content/organisation.yaml",
                    ContentDir.ORGANISATION + "geonames_id: Exempelby\n"),
                1, "content/organisation.yaml:6:14: fel: geonames_id: \"Exempelby\" är inget Geonames-nummer — skriv bara siffrorna i slutet av områdets adress på geonames.org, till exempel 1234567"),
            new Case("raw HTML in a chapter", d -> d.write("content/guidelines/01-start.md",
                    "---\ntitle: Start\n---\n\nText.\n\n<div>hej</div>\n"),
                1, "content/guidelines/01-start.md:7:1: fel: HTML-kod (<div>hej</div>) är inte tillåten — skriv med Markdown i stället"),
            new Case("HTML comment in a chapter", d -> d.write("content/guidelines/01-start.md",
                    "---\ntitle: Start\n---\n\nText <!-- hemligt --> mer.\n"),
                1, "content/guidelines/01-start.md:5:6: fel: HTML-kommentarer (<!-- hemligt -->) är inte tillåtna, de syns i källkoden för alla — ta bort kommentaren"),
            new Case("javascript link in a page", d -> d.write("content/pages/om.md",
                    "---\ntitle: Om\n---\n\nKlicka [här](javascript:alert(1)).\n"),
                1, "content/pages/om.md:5:8: fel: länken \"javascript:alert(1)\" använder javascript: som inte är tillåtet — använd https:, http:, mailto:, tel: eller en relativ länk"),
            new Case("link to a missing chapter", d -> d.write("content/guidelines/01-start.md",
                    "---\ntitle: Start\n---\n\nSe [arkivet](07-arkiv.md).\n"),
                1, "content/guidelines/01-start.md:5:4: fel: länken \"07-arkiv.md\" pekar på en fil som inte finns bland sidorna — kontrollera filnamnet"),
            new Case("link out of the site", d -> d.write("content/pages/om.md",
                    "---\ntitle: Om\n---\n\nSe [filen](../../../etc/passwd).\n"),
                1, "content/pages/om.md:5:4: fel: länken \"../../../etc/passwd\" pekar utanför webbplatsen — använd en fullständig https-adress"),
            new Case("front matter without title", d -> d.write("content/pages/om.md",
                    "---\nsummary: Om registret.\n---\n\nText.\n"),
                1, "content/pages/om.md:2:1: fel: fältet title saknas — lägg till \"title: …\""),
            new Case("front matter that is not YAML, told once", d -> d.write("content/pages/om.md", "---\ntitle: [Om\n---\n\nText.\n"),
                1, "content/pages/om.md:2:8: fel: hakparentesen här stängs aldrig — avsluta listan med ] på samma rad, till exempel [Invånare, Besökare]"),
            new Case("NUL in a chapter", d -> d.write("content/guidelines/01-start.md",
                    "---\ntitle: Start\n---\n\nText.\nMer \u0000text.\n"),
                1, "content/guidelines/01-start.md:6:5: fel: filen innehåller ett otillåtet kontrolltecken (U+0000) — ta bort det"),
            new Case("no front matter", d -> d.write("content/pages/om.md", "# Om\n\nText.\n"),
                1, "content/pages/om.md:1:1: fel: filen saknar inledande fält — börja filen med en rad \"---\", sedan \"title: …\" och en rad \"---\""),
            warning("closed without ended is a warning", plus("status: closed"),
                C + ": varning: kanalen har status closed men inget ended-datum — skriv datumet då den avslutades"),
            channel("address on a host that imitates the platform's", replaceLine(3, "url: https://www.faceb00k.com/kulturitestby"),
                C + ":3:6: fel: \"https://www.faceb00k.com/kulturitestby\" ligger inte på Facebook utan på en webbplats som härmar den (www.faceb00k.com) — skriv kontots adress på Facebooks egen webbplats, facebook.com, fb.com"),
            warning("address outside the platform's domains", replaceLine(3, "url: https://www.exempel.example/kulturitestby"),
                C + ": varning: adressen ligger på www.exempel.example, som inte hör till Facebook (facebook.com, fb.com, fb.me, fb.watch) — kontrollera att adressen är rätt"),
            channel("a post's address instead of the account's", replaceLine(3, "url: https://www.facebook.com/kulturitestby/posts/123"),
                C + ":3:6: fel: \"https://www.facebook.com/kulturitestby/posts/123\" leder till en sida under kontot, inte till kontot — skriv kontots adress: https://www.facebook.com/kulturitestby"),
            channel("a share link instead of the account's address", replaceLine(3, "url: https://www.facebook.com/sharer/sharer.php?u=x"),
                C + ":3:6: fel: \"https://www.facebook.com/sharer/sharer.php?u=x\" är ingen adress till ett konto på Facebook, utan till exempel till ett inlägg, en delningslänk eller en söksida — öppna kontots egen sida och skriv dess adress"),
            warning("a handle that names another account (a warning: the format lets handle be any text)",
                plus("handle: \"@kulturiandraby\""), C + ":15:9: varning: handle \"@kulturiandraby\" är ett annat konto än adressen https://www.facebook.com/kulturitestby — rätta handle eller url så att de hör till samma konto"),
            new Case("two pages known by id are two channels, one id twice is one", d -> {
                    d.write("content/channels/kultur.yaml", CHANNEL.replace("https://www.facebook.com/kulturitestby", "https://www.facebook.com/profile.php?id=1000641"));
                    d.write("content/channels/kultur-2.yaml", CHANNEL.replace("https://www.facebook.com/kulturitestby", "https://www.facebook.com/profile.php?id=1000642"));
                    d.write("content/channels/kultur-3.yaml", CHANNEL.replace("https://www.facebook.com/kulturitestby", "https://m.facebook.com/people/Kultur/1000642/"));
                },
                1, "content/channels/kultur-3.yaml:3:6: fel: adressen https://m.facebook.com/people/Kultur/1000642/ leder till samma konto som https://www.facebook.com/profile.php?id=1000642 i content/channels/kultur-2.yaml:3:6 — ett konto ska bara stå en gång i registret; ta bort dubbletten"),
            warning("private e-mail address", plus("contact:", "  email: anna.andersson@gmail.com"),
                C + ": varning: kontaktadressen anna.andersson@gmail.com är inte på organisationens domäner (testby.se) — använd en funktionsadress på en av dem"),
            warning("overdue snapshot", CHANNEL.replace("last_snapshot: 2026-11-01", "last_snapshot: 2025-02-01"),
                C + ": varning: senaste ögonblicksbild 2025-02-01, äldre än 6 månader — arkivera kanalen och uppdatera internal.last_snapshot"),
            warning("one admin", CHANNEL.replace("admins: [Anna Andersson, Bo Berg]", "admins: [Anna Andersson]"),
                C + ": varning: bara 1 administratör i internal.admins — lägg till minst en till, helst kommunikationsenheten, så att kanalen inte blir låst vid frånvaro")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemAtItsPlace(Case c, @TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        c.spoil().apply(d);
        CliRun r = d.run("check");
        assertTrue(r.stderr().lines().anyMatch(c.expected()::equals),
                () -> "expected the line\n  " + c.expected() + "\nin\n" + r.stderr());
        assertEquals(c.exit(), r.exitCode(), r.stderr());
        assertTrue(r.stderr().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), r.stderr());
    }

    @Test
    void frontMatterThatIsNotYamlIsOneErrorNotTwo(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/pages/om.md", "---\ntitle: [Om\n---\n\nText.\n");
        CliRun r = d.run("check");
        assertEquals(1, r.stderr().lines().filter(l -> l.contains(": fel: ")).count(), r.stderr());
    }

    @Test
    void aChapterTooLargeToReadIsOneErrorNotAlsoABrokenLinkToIt(@TempDir Path tmp) throws IOException {
        CliRun r = ContentDir.valid(tmp)
                .write("content/guidelines/01-start.md", "---\ntitle: Start\n---\n\nSe [bilder](02-bilder.md) och [sidan](../02-bilder/).\n")
                .write("content/guidelines/02-bilder.md", "---\ntitle: Bilder\n---\n\n" + "x".repeat(1 << 20) + "\n")
                .write("content/channels/trasig.yaml", "name: [\n")
                .write("content/pages/om.md", "---\ntitle: Om\n---\n\nSe [kanalen](../kanaler/trasig/).\n")
                .run("check");
        List<String> errors = r.stderr().lines().filter(l -> l.contains(": fel: ")).toList();
        assertEquals(2, errors.size(), r.stderr());
        assertTrue(errors.get(0).startsWith("content/channels/trasig.yaml:"), r.stderr());
        assertEquals("content/guidelines/02-bilder.md:1:1: fel: filen är 1048600 byte, större än 1048576 byte — dela upp"
                + " innehållet eller kontrollera att det är rätt fil", errors.get(1));
    }

    @Test
    void aRefusedStatusIsNotTakenForActive(@TempDir Path tmp) throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/kultur.yaml", CHANNEL + "status: stängd\nended: 2024-01-01\n")
                .run("check");
        List<String> errors = r.stderr().lines().filter(l -> l.contains(": fel: ")).toList();
        assertEquals(1, errors.size(), r.stderr());
        assertTrue(errors.get(0).contains("status: \"stängd\" finns inte"), r.stderr());
    }

    static Stream<Case> hostile() {
        return Stream.of(
            channel("alias bomb", billionLaughs(), C + ":2:8: fel: alias (*namn) stöds inte — skriv ut värdet på nytt där det behövs"),
            channel("10,000 nested brackets", "name: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                C + ":1:27: fel: strukturen är nästlad djupare än 20 nivåer — registret behöver aldrig så djupa strukturer; kontrollera indraget"),
            channel("5 MB value", "name: \"" + "x".repeat(5_000_000) + "\"\n",
                C + ":1:1: fel: filen är 5000009 byte, större än 1048576 byte — dela upp innehållet eller kontrollera att det är rätt fil"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputIsRejectedQuickly(Case c, @TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        c.spoil().apply(d);
        // a generous bound: it guards against blow-ups (exponential expansion, deep recursion), not noise
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> d.run("check"));
        assertTrue(r.stderr().lines().anyMatch(c.expected()::equals),
                () -> "expected the line\n  " + c.expected() + "\nin\n" + r.stderr());
        assertEquals(1, r.exitCode());
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) b.append(",*").append(p);
            b.append("]\n");
        }
        return b.toString();
    }
}
