package se.kanalregister.site.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;

class FingerprintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    /** Every kind of value in a register can be digested: none would make a build a full one every time. */
    @Test
    void everyPartOfARegisterHasADigestThatIsTheSameInTheNextLoad() {
        Register a = load();
        Register b = load();
        assertEquals(Fingerprint.of(a.organisation(), a.pages(), a.translations(), a.guidelines()),
                Fingerprint.of(b.organisation(), b.pages(), b.translations(), b.guidelines()));
        for (int i = 0; i < a.entries().size(); i++) {
            RegisterEntry e = a.entries().get(i);
            assertEquals(Fingerprint.of(e), Fingerprint.of(b.entries().get(i)), e.id());
        }
    }

    @Test
    void anyDifferenceChangesTheDigest() {
        Register r = load();
        RegisterEntry e = r.entries().get(0);
        RegisterEntry renamed = new RegisterEntry(e.channel(), e.internal(), e.sourceFile() + "x", e.urlAt());
        assertNotEquals(Fingerprint.of(e), Fingerprint.of(renamed));
        assertNotEquals(Fingerprint.of(r.entries().get(0)), Fingerprint.of(r.entries().get(1)));
    }

    /** Lengths are written before contents, so moving text from one field to the next is a change. */
    @Test
    void valuesDoNotRunIntoEachOther() {
        assertNotEquals(Fingerprint.of("ab", "c"), Fingerprint.of("a", "bc"));
        assertNotEquals(Fingerprint.of(List.of("a", "b")), Fingerprint.of(List.of("a"), "b"));
        assertNotEquals(Fingerprint.of((Object) null), Fingerprint.of(""));
        assertNotEquals(Fingerprint.of(1), Fingerprint.of(1L));
        assertNotEquals(Fingerprint.of("1"), Fingerprint.of(1));
    }

    @Test
    void setsAndMapsAreDigestedWhateverTheirOrder() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("x", 1);
        a.put("y", 2);
        Map<String, Integer> b = new HashMap<>();
        b.put("y", 2);
        b.put("x", 1);
        assertEquals(Fingerprint.of(a), Fingerprint.of(b));
        assertEquals(Fingerprint.of(Set.of("p", "q", "r")), Fingerprint.of(Set.of("r", "q", "p")));
        assertNotEquals(Fingerprint.of(Map.of("x", 1)), Fingerprint.of(Map.of("x", 2)));
    }

    @Test
    void anUnknownKindIsRefusedRatherThanDigestedByIdentity() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(new Object()));
    }

    private static Register load() {
        Checked checked = new Kanalregister(Path.of("")).check(Path.of("content"), TODAY);
        return checked.register();
    }
}
