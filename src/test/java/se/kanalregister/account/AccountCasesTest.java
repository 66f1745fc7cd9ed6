package se.kanalregister.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shared case table, answered by {@link Verifier} (what {@code kanalregister
 * verify} prints). The page script answers the same table in quality/verify-cases.mjs.
 */
class AccountCasesTest {

    @Test
    void everyRowOfTheCaseTableIsAnsweredAsWritten() {
        Verifier verifier = new Verifier(VerificationCases.register());
        List<String> wrong = new ArrayList<>();
        for (VerificationCases.Case c : VerificationCases.all()) {
            Answer a = verifier.answer(c.input());
            String got = a.result().id() + " " + VerificationCases.ids(a.channels()) + " lookalike " + VerificationCases.ids(a.lookalike());
            String want = c.result() + " " + c.channels() + " lookalike " + c.lookalike();
            if (!got.equals(want)) wrong.add(c + ": \"" + c.input() + "\" answered " + got + ", expected " + want);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTableCoversEveryPlatformEveryAnswerAndBothDirections() {
        List<VerificationCases.Case> cases = VerificationCases.all();
        assertTrue(cases.size() >= 150, "at least 150 rows, found " + cases.size());
        Set<String> results = new HashSet<>();
        for (VerificationCases.Case c : cases) results.add(c.result());
        Set<String> all = new HashSet<>();
        for (Answer.Result r : EnumSet.allOf(Answer.Result.class)) all.add(r.id());
        assertEquals(all, results, "each of the five answers");
        for (se.kanalregister.model.Platform p : se.kanalregister.model.Platform.values()) {
            String host = switch (p) {
                case BLOG -> "blogg.provby.se";
                case PODCAST -> "open.spotify.com";
                case OTHER -> "discord";
                case MASTODON -> "mastodon";
                default -> AccountRules.of(p.id()).domains().get(0).replace(".com", "").replace(".net", "").replace(".app", "");
            };
            boolean official = cases.stream().anyMatch(c -> c.input().toLowerCase().contains(host) && !c.channels().isEmpty());
            boolean refused = cases.stream().anyMatch(c -> c.input().toLowerCase().contains(host) && c.channels().isEmpty());
            assertTrue(official && refused, p + ": rows that match and rows that do not");
        }
    }
}
