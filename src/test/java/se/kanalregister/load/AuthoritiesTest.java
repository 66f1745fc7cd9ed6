package se.kanalregister.load;

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

/** organisation.yaml's authorities and a channel's authority, from the command line. */
class AuthoritiesTest {

    @TempDir
    Path tmp;

    private static final String WITH_COMPANY = ContentDir.ORGANISATION + """
            authorities:
              - id: bostader
                name: Testby Bostäder AB
                kind: bolag
                email: info@testbybostader.se
                privacy_url: https://www.testbybostader.se/personuppgifter
            """;

    @Test
    void aChannelOfACompanyNamesTheCompanyNeverTheMunicipality(@TempDir Path out) throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", WITH_COMPANY)
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL + "authority: bostader\n")
                .run("build", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        String text = Files.readString(out.resolve("public/kanaler/kultur/info.txt"));
        assertTrue(text.contains("allmänna handlingar hos Testby Bostäder AB"), text);
        assertTrue(text.contains("Testby Bostäder AB är personuppgiftsansvarig"), text);
        assertTrue(text.contains("https://www.testbybostader.se/personuppgifter"), text);
        assertFalse(text.contains("hos Testby kommun"), text);
        assertFalse(text.contains("info@testby.se"), "the municipality's contact does not stand in for the company's: " + text);
        String json = Files.readString(out.resolve("public/kanaler.json"));
        assertTrue(json.contains("\"kind\": \"bolag\""), json);
    }

    @Test
    void anUnknownAuthorityIsAnErrorAtItsLineWithASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", WITH_COMPANY)
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL + "authority: bostäder\n").run("check");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("content/channels/kultur.yaml:15:12: fel: authority: \"bostäder\" finns inte bland"
                + " authorities i organisation.yaml — menade du bostader?\n"), r.stderr());
    }

    @Test
    void aCompanyWithoutItsOwnPrivacyPageAndContactIsAnError() throws IOException {
        String org = ContentDir.ORGANISATION + """
                authorities:
                  - id: bostader
                    name: Testby Bostäder AB
                    kind: bolag
                """;
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", org).run("check");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("content/organisation.yaml:7:5: fel: Testby Bostäder AB är ett bolag och har ett eget"
                + " personuppgiftsansvar, men privacy_url saknas"), r.stderr());
        assertTrue(r.stderr().contains("content/organisation.yaml:7:5: fel: Testby Bostäder AB är ett bolag och svarar själv"
                + " för sina allmänna handlingar, men email och phone saknas"), r.stderr());
    }

    @Test
    void aCommitteeMayUseTheOrganisationsPrivacyPage() throws IOException {
        String org = ContentDir.ORGANISATION + """
                authorities:
                  - id: kfn
                    name: Kulturnämnden
                    kind: nämnd
                """;
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", org)
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL + "authority: kfn\n").run("infotext", "kultur");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Kanalen drivs av Kulturförvaltningen för Kulturnämnden."), r.stdout());
        assertTrue(r.stdout().contains("allmänna handlingar hos Kulturnämnden"), r.stdout());
    }
}
