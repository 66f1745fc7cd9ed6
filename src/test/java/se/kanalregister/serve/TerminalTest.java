package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.testing.CliRun;
import se.kanalregister.text.Messages;

class TerminalTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final Problem ERROR = new Problem("content/channels/kultur.yaml:15:1",
            "fel: fältet \"purpse\" finns inte — menade du purpose?");
    private static final Problem WARNING = new Problem("content/channels/kultur.yaml",
            "varning: internal.deputy saknas — utse en ersättare som sköter kanalen vid frånvaro");

    @Test
    void swedishSummaryWithCountAndTime() {
        terminal("sv", false, false).built(ok(312, 600));
        assertEquals("10:00:00 Byggde 312 filer på 0,6 s.\n", out());
        assertEquals("", err());
    }

    @Test
    void englishSummary() {
        terminal("en", false, false).built(ok(312, 1249));
        assertEquals("10:00:00 Built 312 files in 1.2 s.\n", out());
    }

    @Test
    void rebuildOfOneChannelSaysWhenItsPagesWereReady() {
        terminal("sv", false, false).built(new BuildReport(true, 47, Duration.ofMillis(2500), List.of(), List.of(),
                new BuildReport.Partial(1, Duration.ofMillis(80))));
        assertEquals("10:00:00 Byggde 47 filer på 2,5 s. Bara det som ändringen påverkar byggdes om; sidorna för den ändrade"
                + " kanalen var klara efter 80 ms.\n", out());
    }

    @Test
    void rebuildAfterAChapterEditSaysNoChannelPagesWereRedone() {
        terminal("en", false, false).built(new BuildReport(true, 40, Duration.ofMillis(300), List.of(), List.of(),
                new BuildReport.Partial(0, Duration.ofMillis(90))));
        assertEquals("10:00:00 Built 40 files in 0.3 s. Only what the change affects was rebuilt; no channel pages needed"
                + " redoing.\n", out());
    }

    @Test
    void aSaveThatChangesNothingOnTheSiteSaysSo() {
        terminal("sv", false, false).built(new BuildReport(true, 0, Duration.ofMillis(700), List.of(), List.of(),
                new BuildReport.Partial(0, Duration.ofMillis(600))));
        assertEquals("10:00:00 Inget på webbplatsen behövde skrivas om (kontrollerat på 0,7 s).\n", out());
    }

    @Test
    void addressToOpenAndTheHandbook() {
        terminal("sv", false, false).listening(URI.create("http://127.0.0.1:8000/"));
        assertEquals("Förhandsgranska på http://127.0.0.1:8000/  (handboken: http://127.0.0.1:8000/intern/)"
                + " — avsluta med Ctrl-C.\n", out());
    }

    @Test
    void aFirstBuildThatFailsDoesNotPromiseALastGoodSite() {
        terminal("sv", false, false).built(failed(), false);
        assertEquals("10:00:00 Bygget misslyckades med 1 fel. Det finns ingen webbplats att visa förrän felen är rättade.\n",
                out());
    }

    @Test
    void failedBuildPrintsEachErrorThenWhatTheBrowserShows() {
        terminal("sv", false, false).built(failed());
        assertEquals(ERROR.line() + "\n", err());
        assertEquals("10:00:00 Bygget misslyckades med 1 fel. Webbläsaren visar det senaste lyckade bygget tills felen är rättade.\n",
                out());
    }

    @Test
    void aWarningIsPrintedWhenItAppearsNotOnEverySave() {
        Terminal t = terminal("sv", false, false);
        BuildReport withWarning = new BuildReport(true, 3, Duration.ofMillis(200), List.of(), List.of(WARNING));
        t.built(withWarning);
        t.built(withWarning);
        t.built(ok(3, 200));
        t.built(withWarning);
        assertEquals(WARNING.line() + "\n" + WARNING.line() + "\n", err());
        assertEquals("""
                10:00:00 Byggde 3 filer på 0,2 s, 1 varningar.
                10:00:00 Byggde 3 filer på 0,2 s, 1 varningar.
                10:00:00 Byggde 3 filer på 0,2 s.
                10:00:00 Byggde 3 filer på 0,2 s, 1 varningar.
                """, out());
    }

    @Test
    void changedFilesAreNamedAFewAtATime() {
        Terminal t = terminal("sv", false, false);
        t.changed(List.of("a.yaml"));
        t.changed(List.of("a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"));
        assertEquals("10:00:00 Ändrat: a.yaml\n10:00:00 Ändrat: a.yaml, b.yaml, c.yaml och 2 till\n", out());
    }

    @Test
    void quietLeavesOnlyTheAddressAndErrors() {
        Terminal t = terminal("sv", true, false);
        t.listening(URI.create("http://127.0.0.1:8000/"));
        t.changed(List.of("a.yaml"));
        t.built(new BuildReport(true, 3, Duration.ofMillis(200), List.of(), List.of(WARNING)));
        t.built(failed());
        t.stopped();
        assertEquals("Förhandsgranska på http://127.0.0.1:8000/  (handboken: http://127.0.0.1:8000/intern/) — avsluta med"
                + " Ctrl-C.\n", out());
        assertEquals(ERROR.line() + "\n", err());
    }

    @Test
    void colourWhenAsked() {
        Terminal t = terminal("sv", false, true);
        t.built(ok(2, 100));
        t.built(failed());
        assertEquals("\u001b[2m10:00:00\u001b[0m \u001b[32mByggde 2 filer på 0,1 s.\u001b[0m\n"
                + "\u001b[2m10:00:00\u001b[0m \u001b[31mBygget misslyckades med 1 fel. Webbläsaren visar det senaste "
                + "lyckade bygget tills felen är rättade.\u001b[0m\n", out());
        assertEquals("\u001b[31m" + ERROR.line() + "\u001b[0m\n", err());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(Terminal.wantsColour(true, null));
        assertTrue(Terminal.wantsColour(true, ""));
        assertFalse(Terminal.wantsColour(true, "1"));
        assertFalse(Terminal.wantsColour(true, "false"));
        assertFalse(Terminal.wantsColour(false, null));
    }

    @Test
    void errorsGoToAFileWithoutColourWhileTheTerminalIsColoured() {
        new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Messages.forLanguage("sv"), false, true, false, CliRun.CLOCK).built(failed());
        assertEquals(ERROR.line() + "\n", err());
        assertTrue(out().contains("\u001b["), "the summary on the terminal is coloured");
    }

    private Terminal terminal(String lang, boolean quiet, boolean colour) {
        return new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Messages.forLanguage(lang), quiet, colour, CliRun.CLOCK);
    }

    private static BuildReport ok(int files, long millis) {
        return new BuildReport(true, files, Duration.ofMillis(millis), List.of(), List.of());
    }

    private static BuildReport failed() {
        return new BuildReport(false, 0, Duration.ofMillis(100), List.of(ERROR), List.of());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
