package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.kanalregister.text.Messages;

/** What a person at the terminal sees of a build, driven by a fake clock instead of the drawing thread. */
class ProgressLineTest {

    private static final long DELAY = ProgressLine.DELAY.toNanos();
    private static final long INTERVAL = ProgressLine.INTERVAL.toNanos();
    private static final String CLEAR = "\u001b[K";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now;
    private final ProgressLine line = line("sv");

    @Test
    void aQuickBuildDrawsNothing() {
        line.checking();
        at(DELAY / 2);
        line.writing("PublicSite/kanaler", () -> 40);
        at(DELAY - 1);
        line.finished();
        assertEquals("", shown());
    }

    @Test
    void aLongBuildSaysWhatItDoesThenErasesTheLine() {
        line.checking();
        at(DELAY);
        AtomicInteger files = new AtomicInteger(12345);
        line.writing("Handbook/kanaler", files::get);
        at(DELAY + INTERVAL);
        files.set(20000);
        at(DELAY + 2 * INTERVAL);
        line.finished();
        assertEquals("\rLäser och kontrollerar registret …" + CLEAR
                + "\rBygger kanalernas sidor i handboken · 12345 filer klara" + CLEAR
                + "\rBygger kanalernas sidor i handboken · 20000 filer klara" + CLEAR
                + "\r" + CLEAR, shown());
    }

    @Test
    void everyStepHasItsOwnWords() {
        line.checking();
        String[] steps = {"PublicSite/kanaler", "Handbook/kanaler", "OpenData/kanaler", "shared", "assets", "swap"};
        for (int i = 0; i < steps.length; i++) {
            line.writing(steps[i], () -> 7);
            at(DELAY + i * INTERVAL);
        }
        assertEquals("\rBygger kanalernas sidor på webbplatsen · 7 filer klara" + CLEAR
                + "\rBygger kanalernas sidor i handboken · 7 filer klara" + CLEAR
                + "\rBygger · 7 filer klara" + CLEAR  // open data has no page per channel: a step without words of its own
                + "\rBygger förteckningen, handboken och öppna data · 7 filer klara" + CLEAR
                + "\rKopierar stilmallar och skript · 7 filer klara" + CLEAR
                + "\rByter ut den förra versionen · 7 filer klara" + CLEAR, shown());
    }

    @Test
    void inEnglishWithLangEn() {
        ProgressLine english = line("en");
        english.checking();
        english.writing("shared", () -> 43000);
        at(english, DELAY);
        assertEquals("\rBuilding the directory, the handbook and the open data · 43000 files done" + CLEAR, shown());
    }

    @Test
    void atMostOneRedrawPerInterval() {
        AtomicInteger files = new AtomicInteger(1);
        line.checking();
        line.writing("PublicSite/kanaler", files::get);
        at(DELAY);
        files.set(2);
        at(DELAY + INTERVAL - 1);
        assertEquals("\rBygger kanalernas sidor på webbplatsen · 1 filer klara" + CLEAR, shown(), "too soon to draw again");
        at(DELAY + INTERVAL);
        assertEquals("\rBygger kanalernas sidor på webbplatsen · 1 filer klara" + CLEAR
                + "\rBygger kanalernas sidor på webbplatsen · 2 filer klara" + CLEAR, shown());
    }

    @Test
    void anUnchangedLineIsNotRedrawn() {
        line.checking();
        at(DELAY);
        at(DELAY + INTERVAL);
        at(DELAY + 5 * INTERVAL);
        assertEquals("\rLäser och kontrollerar registret …" + CLEAR, shown());
    }

    @Test
    void nothingBeforeTheBuildStarts() {
        at(10 * DELAY);  // serve binds its port and starts watching before it builds
        assertEquals("", shown());
        line.checking();
        at(11 * DELAY - 1);
        assertEquals("", shown(), "the delay counts from the start of the build");
    }

    @Test
    void nothingIsDrawnAfterTheBuildHasFinished() {
        line.checking();
        at(DELAY);
        line.finished();
        line.finished();
        now = DELAY + 10 * INTERVAL;
        assertFalse(line.tick(), "the drawing thread stops");
        assertEquals("\rLäser och kontrollerar registret …" + CLEAR + "\r" + CLEAR, shown(), "erased once, never redrawn");
    }

    @Test
    void ctrlCDuringALongBuildErasesTheLine() throws InterruptedException {
        line.checking();
        at(DELAY);
        Thread hook = line.eraseOnExit();  // what the JVM runs on Ctrl-C, while the build is still going
        hook.start();
        hook.join();
        assertEquals("\rLäser och kontrollerar registret …" + CLEAR + "\r" + CLEAR, shown());
        now = DELAY + INTERVAL;
        assertFalse(line.tick(), "nothing is drawn over the shell's prompt");
        line.finished();
        assertEquals("\rLäser och kontrollerar registret …" + CLEAR + "\r" + CLEAR, shown(), "erased once");
    }

    @Test
    void ctrlCBeforeTheLineIsShownOrAfterTheBuildPrintsNothing() {
        line.checking();
        line.eraseOnExit().run();
        assertEquals("", shown());
        ProgressLine done = line("sv");
        done.checking();
        at(done, DELAY);
        done.finished();
        err.reset();
        done.eraseOnExit().run();
        assertEquals("", shown(), "the summary after a build stays as it is");
    }

    @Test
    void onlyForAPersonAtATerminal() {
        assertTrue(ProgressLine.wanted(true, "xterm-256color", false));
        assertFalse(ProgressLine.wanted(false, "xterm-256color", false), "piped or redirected: a log, CI, a test");
        assertFalse(ProgressLine.wanted(true, "xterm-256color", true), "--quiet");
        assertFalse(ProgressLine.wanted(true, "dumb", false), "a terminal that cannot rewrite a line");
        assertFalse(ProgressLine.wanted(true, null, false), "no TERM: the erase sequence might show as text");
    }

    private ProgressLine line(String language) {
        return new ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage(language), () -> now);
    }

    /** The drawing thread wakes at {@code nanos} after the start. */
    private void at(long nanos) {
        at(line, nanos);
    }

    private void at(ProgressLine l, long nanos) {
        now = nanos;
        assertTrue(l.tick());
    }

    private String shown() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
