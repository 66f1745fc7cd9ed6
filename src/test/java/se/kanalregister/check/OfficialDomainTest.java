package se.kanalregister.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/**
 * A register on an international domain: the contact address may be written in Unicode
 * (åby.se) or in punycode (xn--by-xia.se), and either is on the organisation's domain.
 */
class OfficialDomainTest {

    private static final String ORGANISATION = """
            name: Åby kommun
            website: https://www.åby.se
            base_url: https://www.åby.se/sociala-medier/
            contact:
              email: info@åby.se
            """;
    private static final String CLEAN = "Läste 1 kanaler: 0 fel, 0 varningar.\n";

    @TempDir
    Path tmp;

    @Test
    void aUnicodeAddressIsOnTheDomainTakenFromTheWebsite() throws IOException {
        assertEquals(CLEAN, check(ORGANISATION, "kultur@åby.se").stderr());
        assertEquals(CLEAN, check(ORGANISATION, "kultur@bibliotek.ÅBY.se").stderr());
    }

    @Test
    void aPunycodeAddressIsOnTheDomainTakenFromTheWebsite() throws IOException {
        assertEquals(CLEAN, check(ORGANISATION, "kultur@xn--by-xia.se").stderr());
    }

    @Test
    void listedDomainsMatchInEitherForm() throws IOException {
        assertEquals(CLEAN, check(ORGANISATION + "official_email_domains: [xn--by-xia.se]\n", "kultur@åby.se").stderr());
        assertEquals(CLEAN, check(ORGANISATION + "official_email_domains: [Åby.se]\n", "kultur@xn--by-xia.se").stderr());
    }

    @Test
    void anAddressElsewhereIsStillWarnedAboutWithTheDomainAsPeopleWriteIt() throws IOException {
        CliRun r = check(ORGANISATION, "kultur@aby.se");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("content/channels/kultur.yaml: varning: kontaktadressen kultur@aby.se är inte på organisationens"
                + " domäner (åby.se) — använd en funktionsadress på en av dem\n"
                + "Läste 1 kanaler: 0 fel, 1 varningar.\n", r.stderr());
    }

    private CliRun check(String organisation, String email) throws IOException {
        return ContentDir.valid(tmp)
                .write("content/organisation.yaml", organisation)
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL + "contact:\n  email: " + email + "\n")
                .run("check");
    }
}
