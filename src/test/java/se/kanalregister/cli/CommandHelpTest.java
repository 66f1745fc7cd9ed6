package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** Each command's own help, and the shell completion written from the same commands. */
class CommandHelpTest {

    @TempDir
    Path tmp;

    static List<String> commands() {
        return Commands.ALL.stream().map(Command::name).toList();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandShowsItsOwnUsageOptionsAndExamples(String name) {
        CliRun r = CliRun.run(tmp, name, "--help");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
        assertTrue(r.stdout().startsWith("Användning: kanalregister " + name), r.stdout());
        Command command = Commands.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        for (Option<?> o : ArgumentParser.accepted(command)) {
            assertTrue(r.stdout().contains("\n  " + o.name() + " "), o.name() + " is listed:\n" + r.stdout());
        }
        String examples = r.stdout().substring(r.stdout().indexOf("\nExempel:\n  "));
        assertTrue(examples.contains("kanalregister " + name + (name.equals("completion") ? " bash" : "")), r.stdout());
        assertEquals(r.stdout(), CliRun.run(tmp, "help", name).stdout(), "help " + name + " says the same");
    }

    @Test
    void aCommandsHelpListsOnlyTheOptionsItReads() {
        String check = CliRun.run(tmp, "check", "-h").stdout();
        assertTrue(check.contains("  --strict  "), check);
        assertFalse(check.contains("--out"), "check writes nothing: " + check);
        assertFalse(check.contains("--port"), check);
        String serve = CliRun.run(tmp, "serve", "--help").stdout();
        assertTrue(serve.contains("  --port N              porten för förhandsgranskningen (standard 8000, 0 = en ledig port)\n"), serve);
    }

    @Test
    void aCommandsHelpSpeaksEnglishWithLangEn() {
        CliRun r = CliRun.run(tmp, "build", "--help", "--lang", "en");
        assertTrue(r.stdout().startsWith("Usage: kanalregister build [options]\n\nChecks the register and builds the site"), r.stdout());
        assertTrue(r.stdout().contains("  --out DIR             where the site is written (default ./site)\n"), r.stdout());
        assertTrue(r.stdout().contains("\nExamples:\n  kanalregister build\n"), r.stdout());
    }

    @Test
    void helpComesBeforeAnyCheckOfTheFolders() {
        CliRun r = CliRun.run(tmp, "build", "--content", "finns-inte", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("Användning: kanalregister build"), r.stdout());
    }

    @Test
    void theOverviewListsEveryCommandAndPointsToTheirOwnHelp() {
        String overview = CliRun.run(tmp, "--help").stdout();
        for (Command c : Commands.ALL) assertTrue(overview.contains("\n  " + c.name() + " "), c.name() + ":\n" + overview);
        assertTrue(overview.endsWith("Skriv kanalregister <kommando> --help för att se kommandots flaggor och exempel.\n"), overview);
    }

    @Test
    void anUnknownOptionIsSuggestedFromTheCommandsOwnOptions() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertEquals("kanalregister: fel: okänd flagga \"--plattfrom\" — menade du --plattform?\n",
                d.run("infotext", "kultur", "--plattfrom", "x").stderr());
        CliRun r = d.run("check", "--frobnicate");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: okänd flagga \"--frobnicate\" — se kanalregister check --help\n", r.stderr());
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals("kanalregister: fel: okänt kommando \"publicera\" — välj ett av kommandona check, build, serve, infotext,"
                + " verify, new, import, completion (se kanalregister --help)\n", CliRun.run(tmp, "publicera").stderr());
    }

    @Test
    void completionNeedsAShell() {
        CliRun r = CliRun.run(tmp, "completion", "fish");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("kanalregister: fel: skriv \"completion bash\" eller \"completion zsh\""), r.stderr());
    }

    @Test
    void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
        Path script = tmp.resolve("kanalregister.bash");
        CliRun r = CliRun.run(tmp, "completion", "bash");
        assertEquals(0, r.exitCode(), r.stderr());
        Files.writeString(script, r.stdout());
        Files.createDirectories(tmp.resolve("innehåll"));
        assertEquals(List.of("build"), complete(script, "kanalregister bu"));
        assertEquals(List.of("--strict"), complete(script, "kanalregister check --st"));
        assertEquals(List.of("--port"), complete(script, "kanalregister --lang en serve --po"));
        assertEquals(List.of(), complete(script, "kanalregister check --po"), "check has no --port");
        assertEquals(List.of("kanal", "kapitel"), complete(script, "kanalregister new ka"));
        assertEquals(List.of(), complete(script, "kanalregister new kanal x --st"), "new has no --strict");
        assertEquals(List.of("serve"), complete(script, "kanalregister help se"));
        assertEquals(List.of("innehåll"), complete(script, "kanalregister build --content inn"));
        assertEquals(List.of("en"), complete(script, "kanalregister check --lang e"));
        assertEquals(List.of("instagram"), complete(script, "kanalregister infotext kultur --platform inst"));
    }

    /** What bash offers for the last word of {@code line}, with the script loaded, in {@link #tmp}. */
    private List<String> complete(Path script, String line) throws Exception {
        String program = "source " + script + "\nCOMP_WORDS=(" + line + (line.endsWith(" ") ? "''" : "") + ")\n"
                + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_kanalregister\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("bash", "--norc", "-c", program).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }

    @Test
    void zshCompletionNamesEveryCommandWithItsSummary() {
        CliRun r = CliRun.run(tmp, "completion", "zsh", "--lang", "en");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("#compdef kanalregister\n"), r.stdout());
        assertTrue(r.stdout().contains("'check:reads and checks the register'"), r.stdout());
        assertTrue(r.stdout().contains("'--out=[where the site is written (default ./site)]:DIR:_files -/'"), r.stdout());
        assertTrue(r.stdout().endsWith("compdef _kanalregister kanalregister\n"), r.stdout());
    }
}
