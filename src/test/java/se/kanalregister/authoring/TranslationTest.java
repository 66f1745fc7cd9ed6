package se.kanalregister.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Messages;

/**
 * {@code new översättning <code>} and content/translations/<code>.yaml, from the command line:
 * the file to fill in, the errors that keep a half-translated text off the site, and the
 * translated text on the channel's page and beside it.
 */
class TranslationTest {

    @TempDir
    Path tmp;

    private static final String ORGANISATION_WITH_MEANKIELI = ContentDir.ORGANISATION + "languages: [sv, fit]\n";

    /** Every key with a made-up "translation": its key in brackets, placeholders kept. */
    private static String translated(String skip) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : Messages.infoTextSentences().entrySet()) {
            if (e.getKey().equals(skip)) continue;
            StringBuilder placeholders = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(e.getValue());
            while (m.find()) placeholders.append(' ').append(m.group());
            b.append(e.getKey()).append(": \"[fit] ").append(e.getKey()).append(placeholders).append("\"\n");
        }
        return b.toString();
    }

    @Test
    void newTranslationWritesEveryKeyWithTheSwedishAsAComment() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("new", "översättning", "fit");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("Skrev content/translations/fit.yaml. Fyll i fälten och kör check.\n", r.stdout());
        String file = Files.readString(tmp.resolve("content/translations/fit.yaml"));
        assertTrue(file.contains("\n# Välkommen till {0} på {1}!\nit.welcome:\n"), file);
        for (String key : Messages.infoTextSentences().keySet()) assertTrue(file.contains("\n" + key + ":\n"), key);
        assertFalse(file.contains("it.register-language"), "not a sentence to translate");
    }

    @Test
    void aFreshTranslationFileFailsCheckNamingEachEmptyKey() throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI);
        assertEquals(0, d.run("new", "översättning", "fit").exitCode());
        CliRun r = d.run("check");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().matches("(?s).*content/translations/fit\\.yaml:\\d+:1: fel: texten för \"it\\.welcome\" är tom"
                + " — översätt den; en halvt översatt informationstext publiceras aldrig\n.*"), r.stderr());
        assertEquals(Messages.infoTextSentences().size(), r.stderr().lines().filter(l -> l.contains(": fel: texten för")).count());
    }

    @Test
    void aMissingKeyIsAnErrorAndTheLanguageIsNotComplete() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI)
                .write("content/translations/fit.yaml", translated("it.records.access")).run("check");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("content/translations/fit.yaml: fel: nyckeln \"it.records.access\" saknas — lägg till"
                + " den med sin översättning; en halvt översatt informationstext publiceras aldrig\n"), r.stderr());
        assertTrue(r.stderr().contains("Informationstexterna är klara på: sv. Inte klara, så de publiceras inte: fit.\n"),
                r.stderr());
    }

    @Test
    void aMisspeltKeyGetsASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI)
                .write("content/translations/fit.yaml", translated("") + "it.welcom: x\n").run("check");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(": fel: nyckeln \"it.welcom\" finns inte bland informationstexternas meningar"
                + " — menade du it.welcome?\n"), r.stderr());
    }

    @Test
    void aCompleteTranslationIsPublishedBesideTheChannelsPage(@TempDir Path out) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI)
                .write("content/translations/fit.yaml", translated(""));
        CliRun check = d.run("check");
        assertEquals(0, check.exitCode(), check.stderr());
        assertTrue(check.stderr().contains("Informationstexterna är klara på: sv, fit.\n"), check.stderr());
        CliRun build = d.run("build", "--out", out.toString());
        assertEquals(0, build.exitCode(), build.stderr());
        String text = Files.readString(out.resolve("public/kanaler/kultur/info.fit.txt"));
        assertTrue(text.startsWith("[fit] it.welcome Kultur i Testby Facebook\n"), text);
        String page = Files.readString(out.resolve("public/kanaler/kultur/index.html"));
        assertTrue(page.contains("<h3>Hela texten på meänkieli</h3>"), page);
        assertTrue(page.contains("<pre class=\"infotext\" id=\"info-fit\" lang=\"fit\">[fit] it.welcome Kultur i Testby"), page);
    }

    /** A translation reaches every channel's page: the next build writes them all again, never a stale text. */
    @Test
    void anEditedTranslationIsOnEveryChannelAfterTheNextBuild(@TempDir Path out) throws IOException {
        ContentDir d = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI)
                .write("content/translations/fit.yaml", translated(""));
        assertEquals(0, d.run("build", "--out", out.toString()).exitCode());
        d.write("content/translations/fit.yaml", translated("").replace("[fit] it.welcome", "[fit] it.tervetuloa"));

        CliRun again = d.run("build", "--out", out.toString());

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("Bygger allt, eftersom organisationen, en sida i pages eller en översättning har ändrats.\n"),
                again.stderr());
        String text = Files.readString(out.resolve("public/kanaler/kultur/info.fit.txt"));
        assertTrue(text.startsWith("[fit] it.tervetuloa Kultur i Testby Facebook\n"), text);
    }

    @Test
    void aListedLanguageWithoutAFileIsAWarning() throws IOException {
        CliRun r = ContentDir.valid(tmp).write("content/organisation.yaml", ORGANISATION_WITH_MEANKIELI).run("check");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("content/translations/fit.yaml: varning: organisation.yaml listar språket fit, men"
                + " content/translations/fit.yaml saknas"), r.stderr());
    }

    @Test
    void builtInLanguagesNeedNoTranslation() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("new", "översättning", "en");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("texterna på en finns redan inbyggda"), r.stderr());
    }
}
