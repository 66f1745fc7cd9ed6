package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.StrictJson;

/** {@code kanalregister verify}: the answer, its exit code and its JSON, as a user runs it. */
class VerifyCommandTest {

    private static final String REGISTER = Path.of("src/test/resources/fixtures/verification").toAbsolutePath().toString();

    private static CliRun verify(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--content";
        all[args.length + 2] = REGISTER;
        return CliRun.run(Path.of("").toAbsolutePath(), all);
    }

    @Test
    void anOfficialAccountWrittenAnotherWayExitsZeroAndNamesTheChannel() {
        CliRun r = verify("https://m.facebook.com/Provby.Kommun/posts/1?ref=share");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("Ja. https://m.facebook.com/Provby.Kommun/posts/1?ref=share är ett officiellt konto för Provby kommun:\n"), r.stdout());
        assertTrue(r.stdout().contains("  - Facebook: Provby kommun — https://www.facebook.com/provby.kommun\n"), r.stdout());
        assertTrue(r.stdout().contains("https://www.provby.se/kanaler/kanaler/kommun-facebook/"), r.stdout());
        assertEquals("", r.stderr(), "the register's warnings stay out of the way");
    }

    @Test
    void jsonNamesTheResultTheChannelsAndTheLookalikes() {
        CliRun r = verify("https://www.facebook.com/provby.kommun.official", "--format", "json");
        assertEquals(1, r.exitCode());
        JsonNode a = StrictJson.parse(r.stdout());
        assertEquals("not_found", a.get("result").textValue());
        assertEquals(0, a.get("channels").size());
        assertEquals("kommun-facebook", a.get("lookalike").get(0).get("id").textValue());
        assertEquals("https://www.provby.se/kanaler/kanaler/kommun-facebook/", a.get("lookalike").get(0).get("page_url").textValue());
        assertEquals(4, a.get("listed").size(), "the organisation's own Facebook channels");
    }

    @Test
    void aClosedAccountAndAHandedOverOneAreNotOfficial() {
        CliRun closed = verify("https://twitter.com/ProvbyKommun/status/1", "--format", "json");
        assertEquals(1, closed.exitCode());
        assertEquals("closed", StrictJson.parse(closed.stdout()).get("result").textValue());
        CliRun transferred = verify("instagram.com/provbyfestivalen");
        assertEquals(1, transferred.exitCode());
        assertTrue(transferred.stdout().contains("har lämnats över"), transferred.stdout());
        assertTrue(transferred.stdout().contains("→ Föreningen Provbyfestivalen"), transferred.stdout());
    }

    @Test
    void aNameIsNeverOfficialButShowsTheChannelsToCompare() {
        CliRun r = verify("Biblioteken i Provby", "--format", "json");
        assertEquals(1, r.exitCode());
        JsonNode a = StrictJson.parse(r.stdout());
        assertEquals("unrecognised", a.get("result").textValue());
        assertEquals("name", a.get("reason").textValue());
        assertEquals("bibliotek-facebook", a.get("channels").get(0).get("id").textValue());
    }

    @Test
    void aMissingAddressOrAnUnknownFormatIsAUsageError() {
        CliRun none = CliRun.run(Path.of("").toAbsolutePath(), "verify", "--content", REGISTER);
        assertEquals(2, none.exitCode());
        assertTrue(none.stderr().contains("verify behöver en adress eller ett användarnamn"), none.stderr());
        CliRun format = verify("@provby", "--format", "xml");
        assertEquals(2, format.exitCode());
        assertEquals("kanalregister: fel: --format xml finns inte — välj text eller json\n", format.stderr());
    }

    @Test
    void speaksEnglishWithLangEn() {
        CliRun r = verify("https://vm.tiktok.com/ZMabc/", "--lang", "en");
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().startsWith("https://vm.tiktok.com/ZMabc/ is a short link"), r.stdout());
    }
}
