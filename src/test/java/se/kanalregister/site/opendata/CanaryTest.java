package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.site.pub.JsonLd;
import se.kanalregister.check.Checked;
import se.kanalregister.Kanalregister;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.testing.Sites;

/**
 * No internal field reaches the open data: the opendata-canary fixture fills every internal
 * field of every channel with a value found nowhere else, and not one byte of any open-data
 * file (nor the JSON-LD) may contain one, in any letter case.
 */
class CanaryTest {

    @TempDir
    Path out;

    static Register canaryRegister() {
        Checked checked = new Kanalregister(Path.of("")).check(Sites.FIXTURES.resolve("opendata-canary"),
                LocalDate.of(2026, 11, 21));
        assertFalse(checked.diagnostics().hasErrors());
        return checked.register();
    }

    /** Every internal value of the fixture; fails if the fixture leaves a field empty, so every field is covered. */
    static List<String> canaries(Register register) {
        List<String> canaries = new ArrayList<>();
        for (RegisterEntry e : register.entries()) {
            InternalInfo i = e.internal();
            for (Object v : new Object[] {i.owner(), i.deputy(), i.approvedBy(), i.approvedOn(), i.lastSnapshot(),
                    i.lastActivity(), i.retention(), i.notes()}) {
                assertNotNull(v, "the fixture must fill every internal field of " + e.id());
                canaries.add(v.toString());
            }
            assertEquals(2, i.admins().size());
            canaries.addAll(i.admins());
            for (LocalDate d : new LocalDate[] {i.approvedOn(), i.lastSnapshot(), i.lastActivity()}) {
                canaries.add(d.toString().replace("-", ""));
                canaries.add(String.valueOf(d.getYear()));
            }
        }
        return canaries;
    }

    @Test
    void noOpenDataFileContainsAnyInternalValue() throws IOException {
        Register register = canaryRegister();
        List<String> canaries = canaries(register);
        assertEquals(3 * (8 + 2 + 6), canaries.size());
        Path site = Sites.build("opendata-canary", out).resolve("public");
        for (String file : OpenData.FILES) {
            String text = new String(Files.readAllBytes(site.resolve(file)), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            assertFalse(text.isEmpty(), file);
            for (String canary : canaries) {
                assertFalse(text.contains(canary.toLowerCase(Locale.ROOT)), file + " contains the internal value " + canary);
            }
        }
        String jsonLd = JsonLd.organisation(register).toLowerCase(Locale.ROOT);
        for (String canary : canaries) assertFalse(jsonLd.contains(canary.toLowerCase(Locale.ROOT)), "JSON-LD: " + canary);
    }

    @Test
    void theCanariesAreReallyInTheContent() throws IOException {
        String yaml = Files.readString(Sites.FIXTURES.resolve("opendata-canary/channels/kanal-1.yaml"));
        for (String canary : canaries(canaryRegister()).subList(0, 10)) {
            assertFalse(!yaml.contains(canary), "the canary " + canary + " is read from the fixture");
        }
    }
}
