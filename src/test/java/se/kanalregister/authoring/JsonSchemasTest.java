package se.kanalregister.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.load.Schemas;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

class JsonSchemasTest {

    private static final Path DIR = Path.of("schemas");

    /** The published schemas are generated from the field table; run with -Dgolden.update=true to refresh them. */
    @Test
    void publishedSchemasAreTheGeneratedOnes() throws IOException {
        check(JsonSchemas.ORGANISATION_FILE, JsonSchemas.organisation());
        check(JsonSchemas.CHANNEL_FILE, JsonSchemas.channel());
        check(JsonSchemas.FRONT_MATTER_FILE, JsonSchemas.frontMatter());
    }

    private static void check(String file, String generated) throws IOException {
        Path p = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) Files.writeString(p, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(p), p + " is out of date: run the tests with -Dgolden.update=true");
    }

    @Test
    void everyFieldOfTheTableIsInTheSchema() {
        String channel = JsonSchemas.channel();
        Schemas.CHANNEL.fields().forEach(f -> assertTrue(channel.contains("\"" + f.name() + "\": {"), f.name()));
        Schemas.INTERNAL.fields().forEach(f -> assertTrue(channel.contains("\"" + f.name() + "\": {"), f.name()));
    }

    @Test
    void everyExampleFileNamesItsSchema() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("content/channels"))) {
            for (Path p : s.toList()) {
                assertEquals("# yaml-language-server: $schema=../../schemas/channel.schema.json",
                        Files.readAllLines(p).get(0), p.toString());
            }
        }
        assertEquals("# yaml-language-server: $schema=../schemas/organisation.schema.json",
                Files.readAllLines(Path.of("content/organisation.yaml")).get(0));
    }

    @Test
    void scaffoldedChannelNamesItsSchemaAndFailsUntilFilledIn(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        CliRun made = d.run("new", "kanal", "ny-kanal", "--today", "2026-11-21");
        assertEquals(0, made.exitCode(), made.stderr());
        assertEquals("Skrev content/channels/ny-kanal.yaml. Fyll i fälten och kör check.\n", made.stdout());
        Path file = tmp.resolve("content/channels/ny-kanal.yaml");
        assertEquals("# yaml-language-server: $schema=../../schemas/channel.schema.json", Files.readAllLines(file).get(0));
        List<String> errors = d.run("check").stderr().lines().filter(l -> l.contains("ny-kanal.yaml") && l.contains(": fel: ")).toList();
        assertEquals(List.of("name", "platform", "url", "unit", "purpose"),
                errors.stream().map(l -> l.substring(l.indexOf(": fel: ") + 7, l.indexOf(" har inget värde"))).toList());
        CliRun again = d.run("new", "kanal", "ny-kanal");
        assertEquals(1, again.exitCode());
        assertEquals("kanalregister: fel: content/channels/ny-kanal.yaml finns redan och skrivs inte över"
                + " — välj ett annat namn eller redigera filen\n", again.stderr());
    }

    @Test
    void scaffoldedChapterReadsButIsFlaggedUntilItsPlaceholdersAreReplaced(@TempDir Path tmp) throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        assertEquals(0, d.run("new", "kapitel", "01-var-vi-finns").exitCode());
        assertTrue(Files.readString(tmp.resolve("content/guidelines/01-var-vi-finns.md")).contains("title: \"Var vi finns\"\norder: 1\n"));
        assertEquals(0, d.run("new", "kapitel", "07-gallring.md").exitCode());
        assertTrue(Files.readString(tmp.resolve("content/guidelines/07-gallring.md")).contains("\norder: 7\n"),
                "the number the writer chose is the order");
        CliRun check = d.run("check");
        List<String> errors = check.stderr().lines().filter(l -> l.contains(": fel: ")).toList();
        assertEquals(4, errors.size(), check.stderr());
        assertTrue(errors.stream().allMatch(l -> l.contains("här står text från new kapitel som ska ersättas")), check.stderr());
    }

    @Test
    void invalidNameGetsAProposal(@TempDir Path tmp) throws IOException {
        CliRun r = ContentDir.valid(tmp).run("new", "kanal", "Kultur på Facebook");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: \"Kultur på Facebook\" kan inte bli en adress: bara a–z, 0–9 och bindestreck"
                + " — använd till exempel kultur-pa-facebook\n", r.stderr());
    }
}
