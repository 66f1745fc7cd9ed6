package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

class InfoTextCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheFullTextAndNothingElseOnStandardOutput() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kultur");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("Välkommen till Kultur i Testby på Facebook!\n"), r.stdout());
        assertTrue(r.stdout().contains("allmän"), "the text says posts become public records");
        assertTrue(r.stdout().contains("https://www.testby.se/sociala-medier/kanaler/kultur/")
                || r.stdout().contains("www.testby.se/sociala-medier/kanaler/kultur/"), r.stdout());
        assertEquals("", r.stderr(), "no summary or warnings around a text to paste");
    }

    @Test
    void printsTheShortTextForAPlatformWithItsLength() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kultur", "--plattform", "facebook");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().matches("\\d+ av 101 tecken på Facebook\\.\n"), r.stderr());
        int length = Integer.parseInt(r.stderr().substring(0, r.stderr().indexOf(' ')));
        assertTrue(length <= 101);
        assertEquals(length, r.stdout().strip().codePointCount(0, r.stdout().strip().length()));
    }

    @Test
    void unknownChannelGetsASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kulture");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: kanalen \"kulture\" finns inte i registret — menade du kultur?\n", r.stderr());
    }

    @Test
    void platformWithoutAShortTextIsRefusedWithTheChoices() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kultur", "--plattform", "myspace");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("kanalregister: fel: det finns ingen kort text för \"myspace\" — välj en av: "),
                r.stderr());
    }

    @Test
    void aBioTemplateThatWritesNothingIsNamedNotAnEmptyListOfChoices() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("templates/infotext/bio.ftl", "<#-- inget -->\n")
                .run("infotext", "kultur", "--plattform", "instagram");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals("templates/infotext/bio.ftl: fel: mallen för de korta texterna skrev ingen text för kultur, så det finns"
                + " ingen kort text att skriva ut — kontrollera mallen, eller ta bort din egen version så används standardmallen\n",
                r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void anotherChannelsErrorDoesNotStandInTheWay() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/trasig.yaml", "name: [trasig\n")
                .run("infotext", "kultur.yaml", "--plattform", "Facebook");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Kultur i Testby"), r.stdout());
        assertTrue(r.stderr().startsWith("content/channels/trasig.yaml:"), "the other file's error is still shown: " + r.stderr());
    }

    @Test
    void theChannelsOwnErrorSaysWhyNoTextFollows() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/kultur.yaml", ContentDir.CHANNEL + "färg: blå\n")
                .run("infotext", "kultur");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().endsWith("texten för \"kultur\" skrivs inte ut, eftersom kanalens fil (eller organisation.yaml)"
                + " har fel — rätta felen ovan och kör igen\n"), r.stderr());
    }

    @Test
    void aChannelWhoseFileCouldNotBeReadIsNotCalledMissing() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/kultur.yaml",
                ContentDir.CHANNEL.replace("started: 2019-05-09", "started: 2019-02-30")).run("infotext", "kultur");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("texten för \"kultur\" skrivs inte ut, eftersom kanalens fil (eller organisation.yaml)"
                + " har fel — rätta felen ovan och kör igen\n"), r.stderr());
    }

    @Test
    void aMisspeltPlatformGetsASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kultur", "--plattform", "facebok");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: det finns ingen kort text för \"facebok\" — menade du facebook?\n", r.stderr());
    }

    @Test
    void onlyTheChannelsOwnPlatformHasAShortText() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("infotext", "kultur", "--plattform", "instagram");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: det finns ingen kort text för \"instagram\" — välj en av: facebook\n", r.stderr());
    }

    @Test
    void aPlatformWithoutAShortFieldSaysSoAndHowToGetTheText() throws IOException {
        CliRun r = ContentDir.valid(tmp)
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL.replace("platform: facebook", "platform: blog"))
                .run("infotext", "kultur", "--plattform", "blog");
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals("kanalregister: fel: kanalen kultur ligger på Blogg, som inte har något kort profilfält, så den har bara"
                + " en hel informationstext — skriv kommandot utan --plattform\n", r.stderr());
    }

    @Test
    void aClosedChannelPrintsItsClosingText() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/channels/kultur.yaml", ContentDir.CHANNEL
                + "status: closed\nended: 2026-01-31\nsuccessor: https://www.testby.se/kultur\n").run("infotext", "kultur");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("Kultur i Testby är stängd\n\nDen här kanalen är stängd sedan 2026-01-31."), r.stdout());
        assertTrue(r.stdout().contains("Nu hittar du oss här: https://www.testby.se/kultur\n"), r.stdout());
        assertFalse(r.stdout().contains("Välkommen"), r.stdout());
    }
}
